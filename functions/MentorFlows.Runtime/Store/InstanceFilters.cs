using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Store;

/// <summary>The meaning of the client's query and purge filters, shared by every store (bounds are inclusive).</summary>
public static class InstanceFilters
{
    /// <summary>What a purge removes when its filter names no status: only instances that have finished.</summary>
    public static IReadOnlyList<OrchestrationRuntimeStatus> FinishedStatuses { get; } =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    public static bool IsFinished(OrchestrationRuntimeStatus status) => FinishedStatuses.Contains(status);

    public static bool Matches(InstanceRecord instance, OrchestrationQuery query)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(query);
        return (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(instance.Status))
            && (query.InstanceIdPrefix is null || instance.InstanceId.StartsWith(query.InstanceIdPrefix, StringComparison.Ordinal))
            && (query.CreatedFrom is null || instance.CreatedAt >= query.CreatedFrom.Value.UtcDateTime)
            && (query.CreatedTo is null || instance.CreatedAt <= query.CreatedTo.Value.UtcDateTime);
    }

    /// <summary>Statuses a purge may remove: the filter's, less any that is still active (those are never purged).</summary>
    public static IReadOnlyList<OrchestrationRuntimeStatus> PurgeableStatuses(PurgeInstancesFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.Statuses is { Count: > 0 } statuses ? statuses.Where(IsFinished).ToArray() : FinishedStatuses;
    }

    public static bool Matches(InstanceRecord instance, PurgeInstancesFilter filter)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(filter);
        return PurgeableStatuses(filter).Contains(instance.Status)
            && (filter.CreatedFrom is null || instance.CreatedAt >= filter.CreatedFrom.Value.UtcDateTime)
            && (filter.CreatedTo is null || instance.CreatedAt <= filter.CreatedTo.Value.UtcDateTime);
    }
}
