namespace MentorFlows.Workflows.Stores;

/// <summary>Which retention period ran out (Domain's RetentionPolicy).</summary>
public enum ErasureReason
{
    /// <summary>The scheme ended and its retention period passed.</summary>
    SchemeEnded,

    /// <summary>The participant left early (opted out, resigned, removed) and the opt-out retention period passed.</summary>
    LeftEarly,
}
