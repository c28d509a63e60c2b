using MentorFlows.Domain.Matching;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task Matches_AddAnExistingId_LeavesTheFirst()
    {
        var first = Match("a", "S1", "M1");
        await Stores.Matches.AddAsync([first], None);

        await Stores.Matches.AddAsync([Match("a", "S2", "M2"), Match("b", "S3", "M1")], None);

        AssertSame(first, await Stores.Matches.GetAsync("a", None));
        Assert.Equal(2, await Stores.Matches.CountPersonalRecordsAsync(None));
    }

    [StoreFact]
    public async Task Matches_Update_ReplacesTheMatchAndIgnoresUnknownIds()
    {
        await Stores.Matches.AddAsync([Match("a", "S1", "M1")], None);
        var ended = Match("a", "S1", "M1", status: MatchStatus.Ended);

        await Stores.Matches.UpdateAsync(ended, None);
        await Stores.Matches.UpdateAsync(Match("zz", "S1", "M1"), None);

        AssertSame(ended, await Stores.Matches.GetAsync("a", None));
        Assert.Null(await Stores.Matches.GetAsync("zz", None));
    }

    [StoreFact]
    public async Task Matches_ListsByStudentBatchAndCurrency_InMatchIdOrder()
    {
        await Stores.Matches.AddAsync(
            [Match("c", "S1", "M2", "b2"), Match("a", "S1", "M1", "b1", MatchStatus.Ended), Match("b", "S2", "M1", "b1", MatchStatus.Paused), Match("d", "S3", "M3", "b2")],
            None);

        Assert.Equal(["a", "c"], (await Stores.Matches.ListForStudentAsync("S1", None)).Select(m => m.MatchId));
        Assert.Equal(["a", "b"], (await Stores.Matches.ListForStudentAsync("M1", None)).Select(m => m.MatchId));
        Assert.Equal(["c", "d"], (await Stores.Matches.ListByBatchAsync("b2", None)).Select(m => m.MatchId));
        Assert.Equal(["b", "c", "d"], (await Stores.Matches.ListCurrentAsync(None)).Select(m => m.MatchId));
        Assert.Empty(await Stores.Matches.ListForStudentAsync("S9", None));
    }

    [StoreFact]
    public async Task Matches_ListEndedBy_GivesTheMatchesThatRunEndedInMatchIdOrder()
    {
        await Stores.Matches.AddAsync([Match("c", "S1", "M1"), Match("a", "S2", "M1"), Match("b", "S3", "M2"), Match("d", "S4", "M2", status: MatchStatus.Ended)], None);
        var ended = Match("c", "S1", "M1", status: MatchStatus.Ended) with { EndReason = MatchEndReason.HardRuleBroken, EndedBy = "upload-1" };

        await Stores.Matches.UpdateAsync(ended, None);
        await Stores.Matches.UpdateAsync(Match("a", "S2", "M1", status: MatchStatus.Ended) with { EndReason = MatchEndReason.HardRuleBroken, EndedBy = "upload-1" }, None);
        await Stores.Matches.UpdateAsync(Match("b", "S3", "M2", status: MatchStatus.Ended) with { EndedBy = "upload-2" }, None);

        Assert.Equal(["a", "c"], (await Stores.Matches.ListEndedByAsync("upload-1", None)).Select(m => m.MatchId));
        Assert.Equal(["b"], (await Stores.Matches.ListEndedByAsync("upload-2", None)).Select(m => m.MatchId));
        Assert.Empty(await Stores.Matches.ListEndedByAsync("upload-3", None));
        AssertSame(ended, await Stores.Matches.GetAsync("c", None));
        Assert.Equal("upload-1", (await Stores.Matches.ListForStudentAsync("S1", None)).Single().EndedBy);
    }

    [StoreFact]
    public async Task Matches_CurrentByMentorPage_GivesWholeGroupsInMentorOrder()
    {
        await Stores.Matches.AddAsync(
            [Match("1", "S2", "M2"), Match("2", "S1", "M2"), Match("3", "S3", "M1"), Match("4", "S4", "M3"), Match("5", "S5", "M4", status: MatchStatus.Ended)],
            None);

        var first = await Stores.Matches.ListCurrentByMentorPageAsync(null, 2, None);
        var second = await Stores.Matches.ListCurrentByMentorPageAsync(first[^1].MentorId, 2, None);
        var after = await Stores.Matches.ListCurrentByMentorPageAsync(second[^1].MentorId, 2, None);

        Assert.Equal(["M1/S3", "M2/S1", "M2/S2"], first.Select(m => $"{m.MentorId}/{m.MenteeId}"));
        Assert.Equal(["M3/S4"], second.Select(m => $"{m.MentorId}/{m.MenteeId}"));
        Assert.Empty(after);
    }

    [StoreFact]
    public async Task Matches_ExcludedPairs_AreASet()
    {
        await Stores.Matches.AddExcludedPairAsync(new MatchPair("S1", "M1"), None);
        await Stores.Matches.AddExcludedPairAsync(new MatchPair("S1", "M1"), None);
        await Stores.Matches.AddExcludedPairAsync(new MatchPair("S2", "M1"), None);

        Assert.Equal([new MatchPair("S1", "M1"), new MatchPair("S2", "M1")], (await Stores.Matches.ListExcludedPairsAsync(None)).OrderBy(p => p.MenteeId, StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Matches_ReplaceWaiting_ReplacesTheWholeListInItsOrder()
    {
        await Stores.Matches.ReplaceWaitingAsync([Waiting("S9")], None);
        var waiting = new[] { Waiting("S2"), Waiting("S1") with { Reason = UnmatchedReason.NoClearedMentor, Explanation = "no cleared mentor in School of Law" } };

        await Stores.Matches.ReplaceWaitingAsync(waiting, None);

        Assert.Equal(waiting, await Stores.Matches.ListWaitingAsync(None));
        await Stores.Matches.ReplaceWaitingAsync([], None);
        Assert.Empty(await Stores.Matches.ListWaitingAsync(None));
    }

    [StoreFact]
    public async Task Matches_EraseStudent_RemovesMatchesPairsAndWaitingNamingThem()
    {
        await Stores.Matches.AddAsync([Match("a", "S1", "M1"), Match("b", "S2", "M1"), Match("c", "S3", "M2")], None);
        await Stores.Matches.AddExcludedPairAsync(new MatchPair("S1", "M2"), None);
        await Stores.Matches.ReplaceWaitingAsync([Waiting("S4")], None);

        Assert.Equal(2, await Stores.Matches.EraseStudentAsync("M1", None));
        Assert.Equal(1, await Stores.Matches.EraseStudentAsync("S4", None));
        Assert.Equal(1, await Stores.Matches.EraseStudentAsync("S1", None));

        Assert.Equal(["c"], (await Stores.Matches.ListCurrentAsync(None)).Select(m => m.MatchId));
        Assert.Empty(await Stores.Matches.ListForStudentAsync("S2", None));
        Assert.Equal(1, await Stores.Matches.CountPersonalRecordsAsync(None));
    }

    private static WaitingMentee Waiting(string mentee) => new(mentee, "Law", UnmatchedReason.NoCapacity, "no place with a cleared mentor in School of Law", At);
}
