using MentorFlows.Workflows.Email;

namespace MentorFlows.Workflows.Tests.Email;

public sealed class EmailIdTests
{
    [Fact]
    public void Create_SameInputs_SameId()
    {
        Assert.Equal(EmailId.Create(EmailKind.Nudge, "2025-10-01", "M1", "S1", "2"), EmailId.Create(EmailKind.Nudge, "2025-10-01", "M1", "S1", "2"));
    }

    [Fact]
    public void Create_Id_IsKindAndThirtyTwoHexDigits()
    {
        Assert.Matches("^checkin-mentee-[0-9a-f]{32}$", EmailId.Create(EmailKind.CheckInMentee, "S1", "1"));
    }

    [Fact]
    public void Create_PartsSplitDifferently_DifferentIds()
    {
        Assert.NotEqual(EmailId.Create(EmailKind.Intro, "M1", "S12"), EmailId.Create(EmailKind.Intro, "M1S", "12"));
        Assert.NotEqual(EmailId.Create(EmailKind.Intro, "M1", "S1"), EmailId.Create(EmailKind.RematchIntro, "M1", "S1"));
        Assert.NotEqual(EmailId.Create(EmailKind.Intro, "M1", "S1"), EmailId.Create(EmailKind.Intro, "S1", "M1"));
    }
}
