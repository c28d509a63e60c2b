namespace MentorFlows.Api.Coordinator;

/// <summary>
/// The coordinator's picture of the scheme (DOMAIN.md: matched/unmatched, engagement, open concerns; review and final
/// feedback surveys). Counts only.
/// </summary>
public sealed record SchemeHealth(
    string Scheme,
    string Start,
    string End,
    DateTime AtUtc,
    RoleCounts Mentees,
    RoleCounts Mentors,
    int ActiveMentorsCleared,
    MatchCounts Matches,
    ConcernCounts Concerns,
    IReadOnlyDictionary<string, int> EmailsByKind,
    IReadOnlyList<EngagementMonthCounts> Engagement,
    IReadOnlyList<SurveyCounts> Surveys);
