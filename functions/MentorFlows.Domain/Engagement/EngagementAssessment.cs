namespace MentorFlows.Domain.Engagement;

/// <summary>
/// The engagement of a pair as of its latest reported month: how many months running it has gone without a meeting,
/// whether that month showed over-reliance, and the signals to act on (empty when all is well).
/// </summary>
public sealed record EngagementAssessment(int MonthsWithoutMeeting, bool OverReliance, IReadOnlyList<EngagementSignal> Signals);
