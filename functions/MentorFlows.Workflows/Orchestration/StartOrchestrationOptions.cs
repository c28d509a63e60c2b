namespace MentorFlows.Workflows.Orchestration;

/// <summary>How to start an instance (mirrors Durable's <c>StartOrchestrationOptions</c>): a chosen id, a delayed start.</summary>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);
