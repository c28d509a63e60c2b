namespace MentorFlows.Workflows.Orchestration;

/// <summary>Which instances a bulk purge removes (mirrors Durable's <c>PurgeInstancesFilter</c>); only completed, failed or terminated ones by default.</summary>
public sealed record PurgeInstancesFilter(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IReadOnlyList<OrchestrationRuntimeStatus>? Statuses = null);
