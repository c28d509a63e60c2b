namespace MentorFlows.Workflows.Stores;

/// <summary>Why a match ended.</summary>
public enum MatchEndReason
{
    /// <summary>End-of-year closure on the scheme end date.</summary>
    SchemeClosed,

    MenteeOptedOut,

    /// <summary>The mentor resigned: the mentee is re-matched, waiting mentees first.</summary>
    MentorResigned,

    /// <summary>Concern outcome matchDissolved: the mentee is re-matched and the pair never matched again.</summary>
    Dissolved,

    /// <summary>Concern outcome memberRemoved, about the mentee.</summary>
    MenteeRemoved,

    /// <summary>Concern outcome memberRemoved, about the mentor: the mentee is re-matched.</summary>
    MentorRemoved,

    /// <summary>
    /// A corrected cohort upload left the pair breaking a hard rule (School, under-18, at-risk, conflict) or the
    /// mentor's group over a reduced capacity: the mentee is re-matched, waiting mentees first. Not a dissolution.
    /// </summary>
    HardRuleBroken,
}
