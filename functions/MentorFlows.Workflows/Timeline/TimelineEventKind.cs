namespace MentorFlows.Workflows.Timeline;

/// <summary>What a <see cref="TimelineEntry"/> records. Add members as workflows need them; readers render any member.</summary>
public enum TimelineEventKind
{
    CohortUploaded,
    CohortRejected,
    ParticipantEnrolled,
    MatchCreated,
    MenteeWaiting,
    MentorCleared,
    ClearanceReminderSent,
    EmailSent,
    EmailSkipped,
    CheckInRoundStarted,
    CheckInRecorded,
    EngagementFlagged,
    ReviewSent,
    MatchClosed,
    OptedOut,
    MentorResigned,
    ConcernRaised,
    ConcernAlerted,
    ConcernReminderSent,
    ConcernEscalated,
    ConcernDecided,
    MatchPaused,
    MatchDissolved,
    MemberRemoved,
    MatchEnded,
    ErasureHeld,
    ParticipantErased,
    HistoriesPurged,
}
