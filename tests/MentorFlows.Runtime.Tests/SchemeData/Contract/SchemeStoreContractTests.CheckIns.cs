using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task CheckIns_SaveTheSameRoundAndRespondent_ReplacesTheAnswer()
    {
        await Stores.CheckIns.SaveAsync(new CheckInResponse("m1", 1, CheckInRespondent.Mentor, false, null, false, At), None);
        var again = new CheckInResponse("m1", 1, CheckInRespondent.Mentor, true, 2.5m, true, At.AddHours(2));
        var mentee = new CheckInResponse("m1", 1, CheckInRespondent.Mentee, true, null, false, At);
        var other = new CheckInResponse("m2", 1, CheckInRespondent.Mentee, true, 1m, false, At);

        await Stores.CheckIns.SaveAsync(again, None);
        await Stores.CheckIns.SaveAsync(mentee, None);
        await Stores.CheckIns.SaveAsync(other, None);

        var answers = await Stores.CheckIns.ListForMatchAsync("m1", None);
        Assert.Equal([again, mentee], answers.OrderBy(a => a.Respondent));
        Assert.Equal(3, await Stores.CheckIns.CountPersonalRecordsAsync(None));
    }

    [StoreFact]
    public async Task CheckIns_EraseMatch_DeletesItsAnswersOnly()
    {
        await Stores.CheckIns.SaveAsync(new CheckInResponse("m1", 1, CheckInRespondent.Mentor, true, 1m, false, At), None);
        await Stores.CheckIns.SaveAsync(new CheckInResponse("m1", 2, CheckInRespondent.Mentor, true, 1m, false, At), None);
        await Stores.CheckIns.SaveAsync(new CheckInResponse("m2", 1, CheckInRespondent.Mentor, true, 1m, false, At), None);

        Assert.Equal(2, await Stores.CheckIns.EraseMatchAsync("m1", None));
        Assert.Equal(0, await Stores.CheckIns.EraseMatchAsync("m1", None));

        Assert.Empty(await Stores.CheckIns.ListForMatchAsync("m1", None));
        Assert.Single(await Stores.CheckIns.ListForMatchAsync("m2", None));
        Assert.Equal(1, await Stores.CheckIns.CountPersonalRecordsAsync(None));
    }
}
