using MentorFlows.Domain;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Workflows.Tests.Email;

public sealed class EmailKindTests
{
    [Fact]
    public void WireNames_AreExactlyTheDesignKinds()
    {
        Assert.Equal(
            ["intro", "checkin-mentor", "checkin-mentee", "review-3m", "review-6m", "closure", "optout-confirmation", "mentee-left", "concern-ack", "concern-alert", "coordinator-reminder", "rematch-intro", "nudge"],
            WireName.All<EmailKind>());
    }

    [Theory]
    [InlineData(EmailKind.ConcernAlert)]
    [InlineData(EmailKind.CoordinatorReminder)]
    public void StaffKinds_GoAtOnceWhateverTheHour(EmailKind kind)
    {
        Assert.Equal(EmailAudience.Staff, kind.Audience());
        Assert.False(kind.IsSubjectToContactWindow());
    }

    [Fact]
    public void EveryOtherKind_ReachesStudentsAndWaitsForTheWindow()
    {
        var studentKinds = Enum.GetValues<EmailKind>().Except([EmailKind.ConcernAlert, EmailKind.CoordinatorReminder]);

        Assert.All(studentKinds, kind => Assert.True(kind.IsSubjectToContactWindow(), kind.WireName()));
    }
}
