using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Tests.Sending;

public sealed class RecipientRulesTests
{
    [Theory]
    [InlineData(ParticipantStatus.Active, EmailKind.CheckInMentee, null)]
    [InlineData(ParticipantStatus.OptedOut, EmailKind.OptOutConfirmation, null)]
    [InlineData(ParticipantStatus.OptedOut, EmailKind.CheckInMentee, SkipReason.RecipientLeft)]
    [InlineData(ParticipantStatus.Resigned, EmailKind.Closure, SkipReason.RecipientLeft)]
    [InlineData(ParticipantStatus.Removed, EmailKind.ConcernAcknowledgement, SkipReason.RecipientLeft)]
    public void Check_ByStatusAndKind_OnlyTheConfirmationReachesALeaver(ParticipantStatus status, EmailKind kind, SkipReason? expected) =>
        Assert.Equal(expected, RecipientRules.Check(Record(status), kind));

    [Fact]
    public void Check_ErasedRecipient_IsSkipped() => Assert.Equal(SkipReason.RecipientErased, RecipientRules.Check(null, EmailKind.OptOutConfirmation));

    [Theory]
    [InlineData(MatchStatus.Active, null)]
    [InlineData(MatchStatus.Paused, SkipReason.MatchPaused)]
    [InlineData(MatchStatus.Ended, SkipReason.MatchEnded)]
    public void Check_ByMatchStatus_PausedAndEndedPairsGetNothing(MatchStatus status, SkipReason? expected) =>
        Assert.Equal(expected, RecipientRules.Check(new MatchRecord("m", "S1", "M1", "Law", 0, [], DateTime.UnixEpoch, "b", status)));

    private static ParticipantRecord Record(ParticipantStatus status) => new(
        new Participant { StudentId = "S1", FirstName = "A", LastName = "B", Email = "a@example.ac.uk", Role = ParticipantRole.Mentee, School = "Law", Course = "Law" },
        status,
        DateTime.UnixEpoch);
}
