using MentorFlows.Domain.Cohort;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class TableParticipantStoreTests
{
    private readonly InMemoryTable _table = new();
    private readonly TableParticipantStore _store;
    private readonly InMemoryParticipantStore _reference = new();

    public TableParticipantStoreTests() => _store = new TableParticipantStore(_table, Samples.Year);

    [Fact]
    public async Task SaveAsync_250RecordsWithRepeats_ReadsBackAsTheInMemoryStoreInTransactionsOfAtMost100()
    {
        var records = Enumerable.Range(0, 250).Select(i => Samples.Participant($"S{i:D3}", i % 7 == 0 ? ParticipantRole.Mentor : ParticipantRole.Mentee)).ToList();
        records.Add(Samples.Participant("S010", status: ParticipantStatus.OptedOut));
        await BothAsync(s => s.SaveAsync(records, CancellationToken.None));

        Assert.Equal(Shape(await _reference.ListAsync(CancellationToken.None)), Shape(await _store.ListAsync(CancellationToken.None)));
        Assert.Equal(ParticipantStatus.OptedOut, (await _store.GetAsync("S010", CancellationToken.None))!.Status);
        Assert.Equal(
            Shape(await _reference.GetManyAsync(["S001", "S001", "S200", "NOPE"], CancellationToken.None)).Order(),
            Shape(await _store.GetManyAsync(["S001", "S001", "S200", "NOPE"], CancellationToken.None)).Order());
        Assert.Equal(250, await _store.CountPersonalRecordsAsync(CancellationToken.None));
        Assert.Equal(TableLimits.MaxWritesPerTransaction, _table.LargestTransaction);
    }

    [Fact]
    public async Task EraseAsync_TwiceOrUnknown_ReportsWhetherARecordWent()
    {
        await _store.SaveAsync([Samples.Participant("S1")], CancellationToken.None);

        Assert.True(await _store.EraseAsync("S1", CancellationToken.None));
        Assert.False(await _store.EraseAsync("S1", CancellationToken.None));
        Assert.False(await _store.EraseAsync("S2", CancellationToken.None));
        Assert.Equal(0, _table.Count);
    }

    [Fact]
    public async Task EraseAsync_SaveLandingBetweenReadAndDelete_StillErases()
    {
        await _store.SaveAsync([Samples.Participant("S1")], CancellationToken.None);
        var raced = false;
        _table.BeforeSubmit = async writes =>
        {
            if (!raced && writes[0].Kind == TableWriteKind.Delete)
            {
                raced = true;
                await new TableParticipantStore(new RawAccess(_table), Samples.Year).SaveAsync([Samples.Participant("S1", status: ParticipantStatus.OptedOut)], CancellationToken.None);
            }
        };

        Assert.True(await _store.EraseAsync("S1", CancellationToken.None));
        Assert.True(raced);
        Assert.Null(await _store.GetAsync("S1", CancellationToken.None));
    }

    private async Task BothAsync(Func<IParticipantStore, Task> action)
    {
        await action(_reference);
        await action(_store);
    }

    private static IEnumerable<string> Shape(IEnumerable<ParticipantRecord> records) =>
        records.Select(r => $"{r.StudentId}|{r.Status}|{r.Person.LastName}|{r.Person.School}|{r.Person.DateOfBirth}|{string.Join(';', r.Person.Conflicts)}|{r.EnrolledAtUtc:O}|{r.LeftAtUtc:O}|{r.FirstMatchedAtUtc:O}");
}
