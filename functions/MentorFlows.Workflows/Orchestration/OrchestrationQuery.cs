namespace MentorFlows.Workflows.Orchestration;

/// <summary>A filter for listing instances (a subset of Durable's <c>OrchestrationQuery</c>).</summary>
public sealed record OrchestrationQuery(
    IReadOnlyList<OrchestrationRuntimeStatus>? Statuses = null,
    string? InstanceIdPrefix = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null);
