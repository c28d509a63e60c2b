using MentorFlows.Domain.Cohort;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task Participants_SaveThenGet_KeepsEveryField()
    {
        var mentee = Participant("S1");
        var mentor = Participant("M1", ParticipantRole.Mentor, ParticipantStatus.Resigned) with
        {
            Person = Participant("M1", ParticipantRole.Mentor).Person with { Gender = null, DateOfBirth = null, Conflicts = [] },
        };

        await Stores.Participants.SaveAsync([mentee, mentor], None);

        AssertSame(mentee, await Stores.Participants.GetAsync("S1", None));
        AssertSame(mentor, await Stores.Participants.GetAsync("M1", None));
        Assert.Null(await Stores.Participants.GetAsync("S2", None));
    }

    [StoreFact]
    public async Task Participants_SaveAgain_ReplacesTheRecord()
    {
        await Stores.Participants.SaveAsync([Participant("S1")], None);
        var left = Participant("S1", status: ParticipantStatus.OptedOut);

        await Stores.Participants.SaveAsync([left], None);

        AssertSame(left, await Stores.Participants.GetAsync("S1", None));
        Assert.Equal(1, await Stores.Participants.CountPersonalRecordsAsync(None));
    }

    [StoreFact]
    public async Task Participants_GetMany_ReturnsThoseThatExistOnce()
    {
        await Stores.Participants.SaveAsync([Participant("S1"), Participant("S2"), Participant("S3")], None);

        var found = await Stores.Participants.GetManyAsync(["S3", "S1", "S1", "S9"], None);

        Assert.Equal(["S1", "S3"], found.Select(p => p.StudentId).Order(StringComparer.Ordinal));
        Assert.Empty(await Stores.Participants.GetManyAsync([], None));
    }

    [StoreFact]
    public async Task Participants_List_IsInOrdinalStudentIdOrder()
    {
        await Stores.Participants.SaveAsync([Participant("b"), Participant("a9"), Participant("B"), Participant("a10")], None);

        Assert.Equal(["B", "a10", "a9", "b"], (await Stores.Participants.ListAsync(None)).Select(p => p.StudentId));
    }

    [StoreFact]
    public async Task Participants_Erase_RemovesTheRecordOnce()
    {
        await Stores.Participants.SaveAsync([Participant("S1"), Participant("S2")], None);

        Assert.True(await Stores.Participants.EraseAsync("S1", None));
        Assert.False(await Stores.Participants.EraseAsync("S1", None));

        Assert.Null(await Stores.Participants.GetAsync("S1", None));
        Assert.Equal(1, await Stores.Participants.CountPersonalRecordsAsync(None));
    }

    [StoreFact]
    public async Task Departures_AddTwiceThenClear_HoldsOnePseudonymUntilCleared()
    {
        await Stores.Departures.AddAsync("p-1", None);
        await Stores.Departures.AddAsync("p-1", None);
        await Stores.Departures.AddAsync("p-2", None);

        Assert.True(await Stores.Departures.ContainsAsync("p-1", None));
        Assert.False(await Stores.Departures.ContainsAsync("p-3", None));
        Assert.Equal(2, await Stores.Departures.CountPersonalRecordsAsync(None));
        Assert.Equal(2, await Stores.Departures.ClearAsync(None));
        Assert.Equal(0, await Stores.Departures.CountPersonalRecordsAsync(None));
        Assert.False(await Stores.Departures.ContainsAsync("p-1", None));
    }
}
