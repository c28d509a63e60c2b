namespace MentorFlows.Domain.Retention;

/// <summary>Where a participant's personal data stands against the retention rules.</summary>
public enum RetentionStatus
{
    /// <summary>Not due yet: kept until <see cref="RetentionDecision.DueAt"/>.</summary>
    Keep,

    /// <summary>Due and nothing holds it: erase now.</summary>
    EraseNow,

    /// <summary>Due, but an open concern involving the participant holds it until decided (DOMAIN.md "Concerns").</summary>
    HeldByOpenConcern,
}
