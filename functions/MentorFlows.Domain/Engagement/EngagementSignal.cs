namespace MentorFlows.Domain.Engagement;

/// <summary>What a pair's check-ins call for (see <see cref="EngagementRules"/>).</summary>
public enum EngagementSignal
{
    /// <summary>A kind nudge to the mentor: the pair has not met for a while (002: lack of commitment).</summary>
    NudgeMentor,

    /// <summary>The coordinator is told the pair has not met for longer still.</summary>
    TellCoordinatorNoMeetings,

    /// <summary>The coordinator is told of over-reliance (000: beyond 2–4 hours a month, contact every day).</summary>
    TellCoordinatorOverReliance,
}
