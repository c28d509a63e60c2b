using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class SmallStoresTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CheckIns_AnswersRepeatedAndErased_AsTheInMemoryStore()
    {
        var table = new InMemoryTable();
        ICheckInStore store = new TableCheckInStore(table, Year);
        ICheckInStore reference = new InMemoryCheckInStore();
        var answers = new[]
        {
            new CheckInResponse("m1", 2, CheckInRespondent.Mentee, true, 1.5m, false, At),
            new CheckInResponse("m1", 1, CheckInRespondent.Mentor, false, null, true, At),
            new CheckInResponse("m1", 2, CheckInRespondent.Mentee, true, 2.25m, false, At.AddHours(1)),
            new CheckInResponse("m2", 1, CheckInRespondent.Mentor, true, 0.5m, false, At),
        };
        foreach (var answer in answers)
        {
            await reference.SaveAsync(answer, None);
            await store.SaveAsync(answer, None);
        }

        Assert.Equal((await reference.ListForMatchAsync("m1", None)).OrderBy(a => a.Round), await store.ListForMatchAsync("m1", None));
        Assert.Equal(await reference.CountPersonalRecordsAsync(None), await store.CountPersonalRecordsAsync(None));
        Assert.Equal(await reference.EraseMatchAsync("m1", None), await store.EraseMatchAsync("m1", None));
        Assert.Equal(await reference.EraseMatchAsync("m1", None), await store.EraseMatchAsync("m1", None));
        Assert.Equal(["2025!m2"], table.Rows().Select(r => r.PartitionKey).Distinct());
    }

    [Fact]
    public async Task Timeline_SameEntryTwice_IsRecordedOnceAndReadInTimeOrder()
    {
        ITimeline timeline = new TableTimeline(new InMemoryTable(), Year);
        var later = new TimelineEntry("b:1", At.AddHours(1), TimelineEventKind.MatchCreated, "m1", new Dictionary<string, string> { ["school"] = "Law" });
        var earlier = new TimelineEntry("a/2", At, TimelineEventKind.CohortUploaded, "cohort-x");

        await timeline.AppendAsync(later, None);
        await timeline.AppendAsync(earlier, None);
        await timeline.AppendAsync(later with { Subject = "changed" }, None);

        var read = await timeline.ReadAllAsync(None);
        Assert.Equal(["a/2", "b:1"], read.Select(e => e.Id));
        Assert.Equal(("m1", "Law"), (read[1].Subject, read[1].Details!["school"]));
    }

    [Fact]
    public async Task Departures_ClearedWhileAnotherClearRuns_CountsEachPseudonymOnce()
    {
        var table = new InMemoryTable();
        IDepartureRegister register = new TableDepartureRegister(table, Year);
        foreach (var i in Enumerable.Range(0, 150))
        {
            await register.AddAsync($"p{i:D3}", None);
        }

        await register.AddAsync("p000", None);
        var other = 0;
        table.BeforeSubmit = async writes =>
        {
            if (other == 0 && writes.Count == 100)
            {
                other = await new TableDepartureRegister(new RawAccess(table), Year).ClearAsync(None);
            }
        };

        var mine = await register.ClearAsync(None);

        Assert.Equal(150, mine + other);
        Assert.False(await register.ContainsAsync("p001", None));
        Assert.Equal(0, await register.CountPersonalRecordsAsync(None));
    }

    [Fact]
    public async Task Uploads_SavedAndReplaced_ListInUploadIdOrder()
    {
        ICohortUploadStore store = new TableCohortUploadStore(new InMemoryTable(), Year);
        var second = new CohortUploadRecord("cohort-b.csv-0123456789abcdef", "b.csv", "ff", At, CohortUploadStatus.Received);
        await store.SaveAsync(second, None);
        await store.SaveAsync(new CohortUploadRecord("cohort-a.csv-0123456789abcdef", "a.csv", "ee", At, CohortUploadStatus.Rejected, Problems: ["line 3, column 4: not an email address"]), None);
        await store.SaveAsync(second with { Status = CohortUploadStatus.Applied, Enrolled = 12 }, None);

        var uploads = await store.ListAsync(None);
        Assert.Equal(["a.csv", "b.csv"], uploads.Select(u => u.FileName));
        Assert.Equal((CohortUploadStatus.Applied, 12), (uploads[1].Status, uploads[1].Enrolled));
        Assert.Equal(["line 3, column 4: not an email address"], (await store.GetAsync("cohort-a.csv-0123456789abcdef", None))!.Problems);
    }
}
