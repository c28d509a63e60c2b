using System.Security.Cryptography;
using MentorFlows.Domain.Concerns;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class TableConcernStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TextProtector Protector = new(RandomNumberGenerator.GetBytes(32));

    private readonly InMemoryTable _table = new();
    private readonly TableConcernStore _store;
    private readonly InMemoryConcernStore _reference = new();

    public TableConcernStoreTests() => _store = new TableConcernStore(_table, Protector);

    [Fact]
    public async Task EveryRead_AfterTheSameChanges_AnswersAsTheInMemoryStore()
    {
        foreach (var concern in new[] { Concern("S1", "M1", "form-1"), Concern("S2", "M1"), Concern("S1", "M1", "form-1"), Concern("S3", "S1", "form/2?") })
        {
            await BothAsync(s => s.AddAsync(concern, Year, None));
        }

        await BothAsync(s => s.AddAsync(Concern("S4", "M2"), 2026, None));
        var first = ConcernReference.Create(Year, 1);
        await BothAsync(async s => await s.UpdateAsync((await s.GetAsync(first, None))! with { Status = ConcernStatus.Decided, Outcome = ConcernOutcome.AdviceGiven, DecidedAtUtc = At.AddDays(2) }, None));
        await AssertSameAsync();

        Assert.Equal(await _reference.EraseStudentAsync("S1", None), await _store.EraseStudentAsync("S1", None));
        await AssertSameAsync();
        await BothAsync(s => s.AddAsync(Concern("S1", "M1", "form-1"), Year, None));
        await AssertSameAsync();
    }

    [Fact]
    public async Task AddAsync_TwoReportsAtOnce_GetConsecutiveNumbers()
    {
        var raced = false;
        _table.BeforeSubmit = async _ =>
        {
            if (!raced)
            {
                raced = true;
                await new TableConcernStore(new RawAccess(_table), Protector).AddAsync(Concern("S9", "M9"), Year, None);
            }
        };

        var mine = await _store.AddAsync(Concern("S1", "M1"), Year, None);

        Assert.True(raced);
        Assert.Equal("MF-2025-000002", mine.Reference.Value);
        Assert.Equal(["MF-2025-000001", "MF-2025-000002"], (await _store.ListAsync(None)).Select(c => c.Reference.Value));
    }

    [Fact]
    public async Task UpdateAsync_AfterTheStudentWasErased_DoesNotBringTheAccountBack()
    {
        var concern = await _store.AddAsync(Concern("S1", "M1", "form-1"), Year, None);
        await _store.EraseStudentAsync("S1", None);

        await _store.UpdateAsync(concern with { Status = ConcernStatus.Decided, Outcome = ConcernOutcome.NoAction }, None);

        var stored = await _store.GetAsync(concern.Reference, None);
        Assert.Equal((null, "M1", false, null, ConcernStatus.Decided), (stored!.ReporterId, stored.AboutId, stored.HasText, stored.SubmissionId, stored.Status));
        Assert.Null(await _store.ReadTextAsync(concern.Reference, None));
        Assert.DoesNotContain(_table.Rows(), row => row.RowKey.StartsWith("u!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAsync_LongAccount_IsKeptWhole()
    {
        var text = string.Concat(Enumerable.Repeat("A long account, with détails. ", 4000));

        var concern = await _store.AddAsync(Concern("S1", "M1") with { Text = text }, Year, None);

        Assert.Equal(text, await _store.ReadTextAsync(concern.Reference, None));
        Assert.True((await _store.GetAsync(concern.Reference, None))!.HasText);
    }

    private async Task AssertSameAsync()
    {
        Assert.Equal(Shape(await _reference.ListAsync(None)), Shape(await _store.ListAsync(None)));
        foreach (var concern in await _reference.ListAsync(None))
        {
            Assert.Equal(await _reference.ReadTextAsync(concern.Reference, None), await _store.ReadTextAsync(concern.Reference, None));
        }

        foreach (var student in new[] { "S1", "S2", "M1", "S4" })
        {
            Assert.Equal(Shape(await _reference.ListOpenForStudentAsync(student, None)), Shape(await _store.ListOpenForStudentAsync(student, None)));
        }

        Assert.Equal(await _reference.CountPersonalRecordsAsync(None), await _store.CountPersonalRecordsAsync(None));
    }

    private async Task BothAsync(Func<IConcernStore, Task> action)
    {
        await action(_reference);
        await action(_store);
    }

    private static IEnumerable<string> Shape(IEnumerable<ConcernRecord> concerns) =>
        concerns.Select(c => $"{c.Reference.Value}|{c.ReporterId}|{c.AboutId}|{c.Category}|{c.HasText}|{c.SubmissionId}|{c.Status}|{c.Outcome}|{c.DecidedAtUtc:O}|{c.RaisedAtUtc:O}");
}
