namespace MentorFlows.Workflows.Stores;

/// <summary>Where a match stands. A paused match still holds its mentor's place but gets no scheme email.</summary>
public enum MatchStatus
{
    Active,

    /// <summary>Concern outcome matchPaused: no scheme emails to the pair (DOMAIN.md "Concerns").</summary>
    Paused,

    /// <summary>Over: see <see cref="MatchRecord.EndReason"/>.</summary>
    Ended,
}
