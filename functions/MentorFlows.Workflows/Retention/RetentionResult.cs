namespace MentorFlows.Workflows.Retention;

/// <summary>What the final erasure did: participants erased, held by open concerns, workflow instances purged.</summary>
public sealed record RetentionResult(int Erased, int Held, int InstancesPurged);
