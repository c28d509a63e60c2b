namespace MentorFlows.Workflows.Lifecycle;

/// <summary>What happened to a match outside its lifecycle.</summary>
public enum MatchSignalKind
{
    /// <summary>A concern decision paused the match: no scheme emails to the pair (the store says so at send time).</summary>
    Paused,

    /// <summary>The match ended early (opt-out, resignation, dissolution, removal): the lifecycle stops.</summary>
    Ended,
}
