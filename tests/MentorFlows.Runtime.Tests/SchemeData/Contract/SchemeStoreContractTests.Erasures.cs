using MentorFlows.Domain.Cohort;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task Erasures_RecordTwice_KeepsOneReceiptAndAddsTheTallyOnce()
    {
        var receipt = Receipt("r-1", At.AddDays(1), "Law");

        Assert.True(await Stores.Erasures.RecordAsync(receipt, new SchoolTally("Law", Mentees: 1, MatchedMentees: 1, CheckInAnswers: 4, MeetingsReported: 2), None));
        Assert.False(await Stores.Erasures.RecordAsync(receipt, new SchoolTally("Law", Mentees: 1), None));
        Assert.True(await Stores.Erasures.RecordAsync(Receipt("r-0", At.AddDays(1), "Law"), new SchoolTally("Law", Mentors: 1, Resigned: 1), None));
        Assert.True(await Stores.Erasures.RecordAsync(Receipt("r-2", At, "History"), new SchoolTally("History", Mentees: 1, OptedOut: 1, Removed: 1), None));

        Assert.Equal(["r-2", "r-0", "r-1"], (await Stores.Erasures.ListReceiptsAsync(None)).Select(r => r.ReceiptId));
        Assert.Equal(receipt, (await Stores.Erasures.ListReceiptsAsync(None))[^1]);
        Assert.Equal(
            [new SchoolTally("History", 1, 0, 0, 1, 0, 1, 0, 0), new SchoolTally("Law", 1, 1, 1, 0, 1, 0, 4, 2)],
            await Stores.Erasures.ListStatisticsAsync(None));
    }

    [StoreFact]
    public async Task Erasures_ConcurrentRecordsOfOneReceipt_AddTheTallyOnce()
    {
        var receipt = Receipt("r-1", At, "Law");

        var recorded = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Stores.Erasures.RecordAsync(receipt, new SchoolTally("Law", Mentees: 1), None))));

        Assert.Single(recorded, r => r);
        Assert.Equal(1, Assert.Single(await Stores.Erasures.ListStatisticsAsync(None)).Mentees);
    }

    [StoreFact]
    public async Task Timeline_AppendTwice_KeepsTheFirstAndReadsInTimeThenIdOrder()
    {
        var details = new Dictionary<string, string> { ["kind"] = "intro", ["students"] = "S1 M1", ["a"] = "z" };
        var later = new TimelineEntry("e-2", At.AddMinutes(1), TimelineEventKind.EmailSent, "intro-1", details);
        var sameTimeB = new TimelineEntry("b", At, TimelineEventKind.MatchCreated, "m-1");
        var sameTimeA = new TimelineEntry("a", At, TimelineEventKind.CohortUploaded, "cohort.csv-abc");

        await Stores.Timeline.AppendAsync(later, None);
        await Stores.Timeline.AppendAsync(later with { Subject = "other" }, None);
        await Stores.Timeline.AppendAsync(sameTimeB, None);
        await Stores.Timeline.AppendAsync(sameTimeA, None);

        AssertSame<IReadOnlyList<TimelineEntry>>([sameTimeA, sameTimeB, later], await Stores.Timeline.ReadAllAsync(None));
    }

    private static ErasureReceipt Receipt(string id, DateTime at, string school) =>
        new(id, at, ErasureReason.SchemeEnded, ParticipantRole.Mentee, school, new ErasedRecordCounts(1, 2, 3, 4, 5, 6, 7));
}
