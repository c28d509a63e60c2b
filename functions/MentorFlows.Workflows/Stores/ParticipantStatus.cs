namespace MentorFlows.Workflows.Stores;

/// <summary>
/// Where a participant stands in the scheme. Erasure is not a status: an erased participant has no record left
/// (only an anonymous <see cref="ErasureReceipt"/>, and, for those who left, a keyed pseudonym in the
/// <see cref="IDepartureRegister"/>).
/// </summary>
public enum ParticipantStatus
{
    /// <summary>Enrolled and taking part: receives scheme email.</summary>
    Active,

    /// <summary>A mentee who left (DOMAIN.md "Opt-out"): only the opt-out confirmation reaches them.</summary>
    OptedOut,

    /// <summary>A mentor who left (000: "unable to continue"); their mentees are re-matched.</summary>
    Resigned,

    /// <summary>Removed from the scheme by a coordinator's concern decision (outcome memberRemoved).</summary>
    Removed,
}
