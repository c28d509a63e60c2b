using MentorFlows.Domain.Matching;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class TableMatchStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryTable _table = new();
    private readonly TableMatchStore _store;
    private readonly InMemoryMatchStore _reference = new();

    public TableMatchStoreTests() => _store = new TableMatchStore(_table, Year);

    [Fact]
    public async Task EveryRead_AfterTheSameChanges_AnswersAsTheInMemoryStore()
    {
        var matches = Enumerable.Range(0, 60).Select(i => Match($"E{i:D2}", $"T{i % 13:D2}", batch: i < 40 ? "cohort-a" : "cohort-b")).ToList();
        await BothAsync(s => s.AddAsync(matches, None));
        await BothAsync(s => s.AddAsync([matches[0] with { Score = 99 }, Match("E99", "T00", batch: "rematch")], None));
        await BothAsync(s => s.UpdateAsync(matches[3] with { Status = MatchStatus.Paused }, None));
        await BothAsync(s => s.UpdateAsync(matches[5] with { Status = MatchStatus.Ended, EndReason = MatchEndReason.MentorResigned, EndedAtUtc = At.AddDays(9) }, None));
        await BothAsync(s => s.UpdateAsync(matches[7] with { Status = MatchStatus.Ended, EndReason = MatchEndReason.HardRuleBroken, EndedAtUtc = At.AddDays(9), EndedBy = "cohort-c" }, None));
        await BothAsync(s => s.UpdateAsync(Match("NOBODY", "T01"), None));
        await BothAsync(s => s.AddExcludedPairAsync(new MatchPair("E05", "T05"), None));
        await BothAsync(s => s.AddExcludedPairAsync(new MatchPair("E05", "T05"), None));
        await BothAsync(s => s.AddExcludedPairAsync(new MatchPair("E07", "T02"), None));
        await BothAsync(s => s.ReplaceWaitingAsync([Waiting("W3", 3), Waiting("W1", 1), Waiting("E12")], None));
        await BothAsync(s => s.ReplaceWaitingAsync([Waiting("W2", 2), Waiting("W1", 1)], None));

        await AssertSameAsync();
        await BothAsync(s => s.EraseStudentAsync("T05", None), expectSameResult: true);
        await BothAsync(s => s.EraseStudentAsync("E12", None), expectSameResult: true);
        await BothAsync(s => s.EraseStudentAsync("W1", None), expectSameResult: true);
        await BothAsync(s => s.EraseStudentAsync("NOBODY", None), expectSameResult: true);
        await AssertSameAsync();
        Assert.True(_table.LargestTransaction <= 99);
    }

    [Fact]
    public async Task ListCurrentByMentorPageAsync_PageByPage_GivesEachCurrentMentorGroupOnceAndWhole()
    {
        var matches = Enumerable.Range(0, 45).Select(i => Match($"E{i:D2}", $"T{i % 11:D2}", status: i % 9 == 0 ? MatchStatus.Ended : MatchStatus.Active)).ToList();
        await BothAsync(s => s.AddAsync(matches, None));

        foreach (var size in new[] { 1, 2, 4, 20 })
        {
            Assert.Equal(await PagesAsync(_reference, size), await PagesAsync(_store, size));
        }
    }

    [Fact]
    public async Task UpdateAsync_MatchErasedBetweenReadAndWrite_IsNotBroughtBack()
    {
        var match = Match("E1", "T1");
        await _store.AddAsync([match], None);
        _table.BeforeSubmit = async writes =>
        {
            if (writes[0].Kind == TableWriteKind.Replace)
            {
                await new TableMatchStore(new RawAccess(_table), Year).EraseStudentAsync("E1", None);
            }
        };

        await _store.UpdateAsync(match with { Status = MatchStatus.Paused }, None);

        Assert.Null(await _store.GetAsync(match.MatchId, None));
        Assert.Equal(0, _table.Count);
    }

    [Fact]
    public async Task AddAsync_ConcurrentAddOfTheSameMatch_LeavesOneMatchWithItsIndexRows()
    {
        var match = Match("E1", "T1");
        var raced = false;
        _table.BeforeSubmit = async writes =>
        {
            if (!raced)
            {
                raced = true;
                await new TableMatchStore(new RawAccess(_table), Year).AddAsync([match with { Score = 1 }], None);
            }
        };

        await _store.AddAsync([match, Match("E2", "T1")], None);

        Assert.True(raced);
        Assert.Equal(1, (await _store.GetAsync(match.MatchId, None))!.Score);
        Assert.Equal(6, _table.Count);
        Assert.Equal(2, (await _store.ListForStudentAsync("T1", None)).Count);
    }

    [Fact]
    public async Task UpdateAsync_ChangingThePair_IsRefused()
    {
        var match = Match("E1", "T1");
        await _store.AddAsync([match], None);

        await Assert.ThrowsAsync<ArgumentException>(() => _store.UpdateAsync(match with { MentorId = "T2" }, None));
    }

    private static async Task<List<string>> PagesAsync(IMatchStore store, int size)
    {
        var pages = new List<string>();
        string? after = null;
        while (await store.ListCurrentByMentorPageAsync(after, size, None) is { Count: > 0 } page)
        {
            pages.Add(string.Join(',', page.Select(m => m.MatchId)));
            after = page[^1].MentorId;
        }

        return pages;
    }

    private async Task AssertSameAsync()
    {
        Assert.Equal(Ids(await _reference.ListCurrentAsync(None)), Ids(await _store.ListCurrentAsync(None)));
        Assert.Equal(Ids(await _reference.ListByBatchAsync("cohort-b", None)), Ids(await _store.ListByBatchAsync("cohort-b", None)));
        Assert.Equal(Full(await _reference.ListEndedByAsync("cohort-c", None)), Full(await _store.ListEndedByAsync("cohort-c", None)));
        foreach (var student in new[] { "E00", "E03", "E05", "T00", "T05", "T12", "E99", "E12" })
        {
            Assert.Equal(Full(await _reference.ListForStudentAsync(student, None)), Full(await _store.ListForStudentAsync(student, None)));
        }

        foreach (var id in new[] { "m-E05-T05", "m-E03-T03" })
        {
            Assert.Equal(Full(new[] { await _reference.GetAsync(id, None) }.OfType<MatchRecord>()), Full(new[] { await _store.GetAsync(id, None) }.OfType<MatchRecord>()));
        }

        Assert.Equal((await _reference.ListExcludedPairsAsync(None)).Order(PairOrder.Instance), (await _store.ListExcludedPairsAsync(None)).Order(PairOrder.Instance));
        Assert.Equal(await _reference.ListWaitingAsync(None), await _store.ListWaitingAsync(None));
        Assert.Equal(await _reference.CountPersonalRecordsAsync(None), await _store.CountPersonalRecordsAsync(None));
    }

    private async Task BothAsync<T>(Func<IMatchStore, Task<T>> action, bool expectSameResult)
    {
        var expected = await action(_reference);
        var actual = await action(_store);
        Assert.True(!expectSameResult || Equals(expected, actual), $"in memory {expected}, tables {actual}");
    }

    private async Task BothAsync(Func<IMatchStore, Task> action)
    {
        await action(_reference);
        await action(_store);
    }

    private static IEnumerable<string> Ids(IEnumerable<MatchRecord> matches) => matches.Select(m => m.MatchId);

    private static IEnumerable<string> Full(IEnumerable<MatchRecord> matches) =>
        matches.Select(m => $"{m.MatchId}|{m.Status}|{m.Score}|{m.EndReason}|{m.EndedAtUtc:O}|{m.MatchedAtUtc:O}|{string.Join(';', m.Reasons)}|{m.BatchId}|{m.EndedBy}");

    private sealed class PairOrder : IComparer<MatchPair>
    {
        public static readonly PairOrder Instance = new();

        public int Compare(MatchPair? x, MatchPair? y) => string.CompareOrdinal($"{x?.MenteeId}|{x?.MentorId}", $"{y?.MenteeId}|{y?.MentorId}");
    }
}
