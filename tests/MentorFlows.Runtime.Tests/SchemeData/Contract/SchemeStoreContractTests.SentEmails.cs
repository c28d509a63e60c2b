using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

public abstract partial class SchemeStoreContractTests
{
    [StoreFact]
    public async Task SentEmails_AddTwice_KeepsTheFirstWithItsWholeCopy()
    {
        var first = new SentEmail("intro-1", EmailKind.Intro, At, Message("intro-1", "S1", "M1"));

        await Stores.SentEmails.AddAsync(first, None);
        await Stores.SentEmails.AddAsync(first with { SentAtUtc = At.AddDays(1), Message = null }, None);

        AssertSame(first, await Stores.SentEmails.GetAsync("intro-1", None));
        Assert.Null(await Stores.SentEmails.GetAsync("intro-2", None));
        Assert.Equal(1, await Stores.SentEmails.CountPersonalRecordsAsync(None));
    }

    [StoreFact]
    public async Task SentEmails_EraseStudent_StripsCopiesButKeepsCountsAndIds()
    {
        await Stores.SentEmails.AddAsync(new SentEmail("intro-1", EmailKind.Intro, At, Message("intro-1", "S1", "M1")), None);
        await Stores.SentEmails.AddAsync(new SentEmail("intro-2", EmailKind.Intro, At, Message("intro-2", "S2", "M1")), None);
        await Stores.SentEmails.AddAsync(new SentEmail("nudge-1", EmailKind.Nudge, At, Message("nudge-1", "M2", "S3")), None);
        await Stores.SentEmails.AddAsync(new SentEmail("alert-1", EmailKind.ConcernAlert, At, null), None);

        Assert.Equal(2, await Stores.SentEmails.EraseStudentAsync("M1", None));
        Assert.Equal(0, await Stores.SentEmails.EraseStudentAsync("S1", None));

        Assert.Equal(1, await Stores.SentEmails.CountPersonalRecordsAsync(None));
        Assert.Equal(new SentEmail("intro-1", EmailKind.Intro, At, null), await Stores.SentEmails.GetAsync("intro-1", None));
        Assert.NotNull((await Stores.SentEmails.GetAsync("nudge-1", None))!.Message);
        var counts = await Stores.SentEmails.CountByKindAsync(None);
        Assert.Equal((2, 1, 1, 3), (counts[EmailKind.Intro], counts[EmailKind.Nudge], counts[EmailKind.ConcernAlert], counts.Count));
    }
}
