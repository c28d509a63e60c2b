using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Matching;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.Tests.SchemeData.InMemory;

public sealed class InMemoryStoreErasureTests
{
    private static readonly DateTime At = new(2025, 11, 3, 10, 0, 0, DateTimeKind.Utc);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MatchStore_EraseStudent_RemovesMatchesPairsAndWaitingNamingThem()
    {
        var store = new InMemoryMatchStore();
        await store.AddAsync([Match("a", "S1", "M1"), Match("b", "S2", "M1"), Match("c", "S3", "M2")], None);
        await store.AddExcludedPairAsync(new MatchPair("S1", "M2"), None);
        await store.ReplaceWaitingAsync([new WaitingMentee("S4", "Law", UnmatchedReason.NoCapacity, "no place", At)], None);

        Assert.Equal(2, await store.EraseStudentAsync("M1", None));
        Assert.Equal(1, await store.EraseStudentAsync("S4", None));
        Assert.Equal(["c"], (await store.ListCurrentAsync(None)).Select(m => m.MatchId));
        Assert.Equal(2, await store.CountPersonalRecordsAsync(None));
    }

    [Fact]
    public async Task ConcernStore_EraseStudent_KeepsTheAnonymousConcernOnly()
    {
        var store = new InMemoryConcernStore();
        var concern = await store.AddAsync(new NewConcern("S1", "M1", ConcernCategory.Other, false, "text", At, "label"), 2025, None);
        await store.UpdateAsync(concern with { Status = ConcernStatus.Decided, Outcome = ConcernOutcome.NoAction }, None);

        await store.EraseStudentAsync("S1", None);
        Assert.Equal(1, await store.CountPersonalRecordsAsync(None));
        await store.EraseStudentAsync("M1", None);

        Assert.Equal(0, await store.CountPersonalRecordsAsync(None));
        var left = Assert.Single(await store.ListAsync(None));
        Assert.Equal(("MF-2025-000001", ConcernOutcome.NoAction, (string?)null), (left.Reference.Value, left.Outcome, left.Text));
    }

    [Fact]
    public async Task ConcernStore_SameSubmissionTwice_IsOneConcern()
    {
        var store = new InMemoryConcernStore();
        var first = await store.AddAsync(new NewConcern("S1", "M1", ConcernCategory.Other, false, "text", At, "form-1"), 2025, None);
        var again = await store.AddAsync(new NewConcern("S1", "M1", ConcernCategory.Other, false, "text", At, "form-1"), 2025, None);
        var next = await store.AddAsync(new NewConcern("S1", "M1", ConcernCategory.Other, false, "text", At, "form-2"), 2025, None);

        Assert.Equal(first.Reference, again.Reference);
        Assert.Equal("MF-2025-000002", next.Reference.Value);
    }

    [Fact]
    public async Task SentEmailStore_EraseStudent_StripsCopiesButKeepsCountsAndIds()
    {
        var store = new InMemorySentEmailStore();
        await store.AddAsync(new SentEmail("intro-1", EmailKind.Intro, At, Message("intro-1", "S1", "M1")), None);
        await store.AddAsync(new SentEmail("nudge-1", EmailKind.Nudge, At, Message("nudge-1", "M2", "S2")), None);

        Assert.Equal(1, await store.EraseStudentAsync("M1", None));

        Assert.Equal(1, await store.CountPersonalRecordsAsync(None));
        Assert.Null((await store.GetAsync("intro-1", None))?.Message);
        Assert.Equal(1, (await store.CountByKindAsync(None))[EmailKind.Intro]);
    }

    private static MatchRecord Match(string id, string mentee, string mentor) => new(id, mentee, mentor, "Law", 0, [], At, "batch");

    private static EmailMessage Message(string id, params string[] students) => new()
    {
        Id = id,
        Kind = EmailKind.Intro,
        From = new EmailAddress("scheme@example.ac.uk"),
        To = [new EmailAddress("x@example.ac.uk")],
        Subject = "s",
        TextBody = "t",
        HtmlBody = "h",
        StudentIds = students,
        NotBeforeUtc = At,
    };
}
