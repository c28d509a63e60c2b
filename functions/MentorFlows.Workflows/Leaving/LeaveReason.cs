namespace MentorFlows.Workflows.Leaving;

/// <summary>Why a student leaves the scheme before its end.</summary>
public enum LeaveReason
{
    /// <summary>A mentee opted out (link or coordinator).</summary>
    OptedOut,

    /// <summary>A mentor is unable to continue (000), or a mentor used the opt-out link.</summary>
    Resigned,

    /// <summary>Concern outcome memberRemoved.</summary>
    Removed,
}
