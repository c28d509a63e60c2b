using MentorFlows.Domain.Concerns;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    private const string Secret = "They said something private: «ça va», 3 < 4 & \"quoted\"";

    [StoreFact]
    public async Task Concerns_Add_NumbersEachSchemeYearFromOne()
    {
        var first = await Stores.Concerns.AddAsync(Concern("f1"), 2025, None);
        var second = await Stores.Concerns.AddAsync(Concern("f2"), 2025, None);
        var nextYear = await Stores.Concerns.AddAsync(Concern(null), 2026, None);

        Assert.Equal(["MF-2025-000001", "MF-2025-000002", "MF-2026-000001"], new[] { first, second, nextYear }.Select(c => c.Reference.Value));
        Assert.Equal(["MF-2025-000001", "MF-2025-000002", "MF-2026-000001"], (await Stores.Concerns.ListAsync(None)).Select(c => c.Reference.Value));
    }

    [StoreFact]
    public async Task Concerns_SameSubmissionTwice_IsOneConcern()
    {
        var first = await Stores.Concerns.AddAsync(Concern("form-1"), 2025, None);
        var again = await Stores.Concerns.AddAsync(Concern("form-1"), 2025, None);
        var next = await Stores.Concerns.AddAsync(Concern("form-2"), 2025, None);

        Assert.Equal(first, again);
        Assert.Equal("MF-2025-000002", next.Reference.Value);
    }

    [StoreFact]
    public async Task Concerns_ConcurrentReports_GetDistinctReferencesAndOneConcernPerSubmission()
    {
        var reports = Enumerable.Range(0, 12).Select(i => Task.Run(() => Stores.Concerns.AddAsync(Concern($"form-{i % 4}"), 2025, None)));

        var added = await Task.WhenAll(reports);

        Assert.Equal(4, added.Select(c => c.Reference).Distinct().Count());
        Assert.Equal(["MF-2025-000001", "MF-2025-000002", "MF-2025-000003", "MF-2025-000004"], (await Stores.Concerns.ListAsync(None)).Select(c => c.Reference.Value));
    }

    [StoreFact]
    public async Task Concerns_Records_NeverCarryTheText_OnlyReadTextDoes()
    {
        var added = await Stores.Concerns.AddAsync(Concern("f1"), 2025, None);
        var expected = new ConcernRecord(ConcernReference.Create(2025, 1), "S1", "M1", ConcernCategory.Boundaries, true, HasText: true, At, "f1");

        Assert.Equal(expected, added);
        Assert.Equal(expected, await Stores.Concerns.GetAsync(added.Reference, None));
        Assert.Equal(expected, Assert.Single(await Stores.Concerns.ListOpenForStudentAsync("M1", None)));
        Assert.Equal(Secret, await Stores.Concerns.ReadTextAsync(added.Reference, None));
        Assert.Null(await Stores.Concerns.ReadTextAsync(ConcernReference.Create(2025, 9), None));
        Assert.Null(await Stores.Concerns.GetAsync(ConcernReference.Create(2025, 9), None));
    }

    [StoreFact]
    public async Task Concerns_Update_RecordsTheDecisionButNotPeopleOrText()
    {
        var added = await Stores.Concerns.AddAsync(Concern("f1"), 2025, None);

        await Stores.Concerns.UpdateAsync(added with { ReporterId = "X", HasText = false, Status = ConcernStatus.Decided, Outcome = ConcernOutcome.MatchPaused, DecidedAtUtc = At.AddDays(2) }, None);
        await Stores.Concerns.UpdateAsync(added with { Reference = ConcernReference.Create(2025, 5) }, None);

        Assert.Equal(added with { Status = ConcernStatus.Decided, Outcome = ConcernOutcome.MatchPaused, DecidedAtUtc = At.AddDays(2) }, await Stores.Concerns.GetAsync(added.Reference, None));
        Assert.Equal(Secret, await Stores.Concerns.ReadTextAsync(added.Reference, None));
        Assert.Single(await Stores.Concerns.ListAsync(None));
        Assert.Empty(await Stores.Concerns.ListOpenForStudentAsync("S1", None));
    }

    [StoreFact]
    public async Task Concerns_ListOpenForStudent_FindsThemAsReporterOrSubject()
    {
        var one = await Stores.Concerns.AddAsync(Concern(null, reporter: "S1", about: "M1"), 2025, None);
        var two = await Stores.Concerns.AddAsync(Concern(null, reporter: "M2", about: "S1"), 2025, None);
        await Stores.Concerns.AddAsync(Concern(null, reporter: "S2", about: "M2"), 2025, None);

        Assert.Equal([one.Reference, two.Reference], (await Stores.Concerns.ListOpenForStudentAsync("S1", None)).Select(c => c.Reference));
    }

    [StoreFact]
    public async Task Concerns_EraseStudent_KeepsTheAnonymousConcernOnly()
    {
        var concern = await Stores.Concerns.AddAsync(Concern("label"), 2025, None);
        await Stores.Concerns.UpdateAsync(concern with { Status = ConcernStatus.Decided, Outcome = ConcernOutcome.NoAction, DecidedAtUtc = At }, None);

        Assert.Equal(1, await Stores.Concerns.EraseStudentAsync("S1", None));
        Assert.Equal(1, await Stores.Concerns.CountPersonalRecordsAsync(None));
        Assert.Null(await Stores.Concerns.ReadTextAsync(concern.Reference, None));
        Assert.Equal(1, await Stores.Concerns.EraseStudentAsync("M1", None));
        Assert.Equal(0, await Stores.Concerns.EraseStudentAsync("M1", None));

        Assert.Equal(0, await Stores.Concerns.CountPersonalRecordsAsync(None));
        var left = Assert.Single(await Stores.Concerns.ListAsync(None));
        Assert.Equal(
            new ConcernRecord(concern.Reference, null, null, ConcernCategory.Boundaries, true, HasText: false, At, null, ConcernStatus.Decided, ConcernOutcome.NoAction, At),
            left);
    }

    private static NewConcern Concern(string? submission, string reporter = "S1", string about = "M1") =>
        new(reporter, about, ConcernCategory.Boundaries, true, Secret, At, submission);
}
