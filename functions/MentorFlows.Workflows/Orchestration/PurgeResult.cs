namespace MentorFlows.Workflows.Orchestration;

/// <summary>How many instances a purge removed, with their whole history.</summary>
public sealed record PurgeResult(int PurgedInstanceCount);
