namespace MentorFlows.Domain.Concerns;

/// <summary>The triage of one concern: who is alerted at once, and whether it is treated as risk of harm (safeguarding).</summary>
public sealed record ConcernTriageResult(ConcernAlertLevel AlertLevel, bool RiskOfHarm);
