using MentorFlows.Runtime.History;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Store;

/// <summary>
/// Where the embedded runtime keeps instances, histories, inboxes and activity tasks. Every method that changes
/// something is atomic: after a crash the store holds either all of a step or none of it. Locks are owned by one
/// engine at a time and do not survive it: <see cref="InitializeAsync"/> releases whatever a previous engine held.
/// Times are UTC.
/// </summary>
public interface IOrchestrationStore
{
    /// <summary>Prepares the store (schema, migrations) and releases every lock: a new engine owns it now.</summary>
    Task InitializeAsync(CancellationToken cancellation);

    /// <summary>Creates an instance unless one with that id is active (see <see cref="NewInstance"/>).</summary>
    Task<CreateInstanceResult> CreateInstanceAsync(NewInstance instance, CancellationToken cancellation);

    /// <summary>Puts a message from outside (an event, a termination) in an instance's inbox.</summary>
    Task<EnqueueResult> EnqueueAsync(OutboundMessage message, CancellationToken cancellation);

    /// <summary>Locks up to <paramref name="max"/> unlocked instances that have a message visible at <paramref name="nowUtc"/>.</summary>
    Task<IReadOnlyList<OrchestrationWorkItem>> LockOrchestrationWorkItemsAsync(DateTime nowUtc, int max, CancellationToken cancellation);

    /// <summary>Applies an episode atomically and unlocks the instance.</summary>
    Task CommitOrchestrationAsync(OrchestrationCommit commit, CancellationToken cancellation);

    /// <summary>Unlocks an instance without changing it: its messages will be offered again.</summary>
    Task AbandonOrchestrationAsync(string instanceId, CancellationToken cancellation);

    /// <summary>Locks up to <paramref name="max"/> unlocked activity tasks, oldest first.</summary>
    Task<IReadOnlyList<ActivityWorkItem>> LockActivityWorkItemsAsync(int max, CancellationToken cancellation);

    /// <summary>
    /// Atomically deletes the activity task and posts its result to the instance, so a result is delivered at most
    /// once and a task is never lost. A task already completed or purged posts nothing.
    /// </summary>
    Task CompleteActivityAsync(ActivityWorkItem item, HistoryEvent result, DateTime nowUtc, CancellationToken cancellation);

    /// <summary>Unlocks an activity task without a result: it will run again.</summary>
    Task AbandonActivityAsync(ActivityWorkItem item, CancellationToken cancellation);

    /// <summary>The earliest time after <paramref name="nowUtc"/> at which a message becomes visible (a due timer, a delayed start), or null.</summary>
    Task<DateTime?> GetNextVisibleTimeAsync(DateTime nowUtc, CancellationToken cancellation);

    Task<InstanceRecord?> GetInstanceAsync(string instanceId, CancellationToken cancellation);

    IAsyncEnumerable<InstanceRecord> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellation);

    /// <summary>The instance's history, oldest first (empty when there is no such instance).</summary>
    Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation);

    /// <summary>Deletes a finished instance with everything it owns; returns how many instances went (0 or 1).</summary>
    Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation);

    /// <summary>Deletes every finished instance that <paramref name="filter"/> selects; returns how many went.</summary>
    Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation);

    /// <summary>How many records of each kind the store keeps for an instance (diagnostics; used to prove a purge).</summary>
    Task<StoredRecordCount> CountRecordsAsync(string instanceId, CancellationToken cancellation);
}
