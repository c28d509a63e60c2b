namespace MentorFlows.Workflows.Lifecycle;

/// <summary>The milestones of a match's year (DOMAIN.md "The year of a match"), in order.</summary>
public enum MatchMilestone
{
    /// <summary>The mentor's introduction (or a new mentor's after a re-match), at the first contact-window slot.</summary>
    Introduction,

    /// <summary>The mid-point review survey (3 months by default), when it falls before the end date.</summary>
    MidPointReview,

    /// <summary>The end-point review survey (6 months by default), when it falls before the end date.</summary>
    EndPointReview,

    /// <summary>The scheme end date: the lifecycle ends (the closure emails go from the scheme-level sweep, one per mentor).</summary>
    Closure,
}
