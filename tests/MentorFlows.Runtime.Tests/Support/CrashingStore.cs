using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Support;

/// <summary>
/// A store wrapper that kills the process at the <c>crashAtWrite</c>-th write (1-based): before or after it reaches the
/// store, as <see cref="CrashPoint"/> says. From then on every call fails, as nothing of a dead process runs on. Writes
/// are the calls that change the store: create, enqueue, commit an episode, complete an activity.
/// </summary>
internal sealed class CrashingStore(IOrchestrationStore inner, int crashAtWrite, CrashPoint point) : IOrchestrationStore
{
    private int _writes;
    private volatile bool _crashed;

    public bool Crashed => _crashed;

    /// <summary>Writes that reached the store, the fatal one included when it crashed after writing.</summary>
    public int Writes => Volatile.Read(ref _writes);

    public Task InitializeAsync(CancellationToken cancellation) => Read(() => inner.InitializeAsync(cancellation));

    public Task<CreateInstanceResult> CreateInstanceAsync(NewInstance instance, CancellationToken cancellation) => Write(() => inner.CreateInstanceAsync(instance, cancellation));

    public Task<EnqueueResult> EnqueueAsync(OutboundMessage message, CancellationToken cancellation) => Write(() => inner.EnqueueAsync(message, cancellation));

    public Task<IReadOnlyList<OrchestrationWorkItem>> LockOrchestrationWorkItemsAsync(DateTime nowUtc, int max, CancellationToken cancellation) =>
        Read(() => inner.LockOrchestrationWorkItemsAsync(nowUtc, max, cancellation));

    public Task CommitOrchestrationAsync(OrchestrationCommit commit, CancellationToken cancellation) =>
        Write(async () => { await inner.CommitOrchestrationAsync(commit, cancellation); return true; });

    public Task AbandonOrchestrationAsync(string instanceId, CancellationToken cancellation) => Read(() => inner.AbandonOrchestrationAsync(instanceId, cancellation));

    public Task<IReadOnlyList<ActivityWorkItem>> LockActivityWorkItemsAsync(int max, CancellationToken cancellation) => Read(() => inner.LockActivityWorkItemsAsync(max, cancellation));

    public Task CompleteActivityAsync(ActivityWorkItem item, HistoryEvent result, DateTime nowUtc, CancellationToken cancellation) =>
        Write(async () => { await inner.CompleteActivityAsync(item, result, nowUtc, cancellation); return true; });

    public Task AbandonActivityAsync(ActivityWorkItem item, CancellationToken cancellation) => Read(() => inner.AbandonActivityAsync(item, cancellation));

    public Task<DateTime?> GetNextVisibleTimeAsync(DateTime nowUtc, CancellationToken cancellation) => Read(() => inner.GetNextVisibleTimeAsync(nowUtc, cancellation));

    public Task<InstanceRecord?> GetInstanceAsync(string instanceId, CancellationToken cancellation) => Read(() => inner.GetInstanceAsync(instanceId, cancellation));

    public IAsyncEnumerable<InstanceRecord> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellation) =>
        _crashed ? throw new SimulatedCrashException() : inner.QueryInstancesAsync(query, cancellation);

    public Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation) => Read(() => inner.GetHistoryAsync(instanceId, cancellation));

    public Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation) => Read(() => inner.PurgeInstanceAsync(instanceId, cancellation));

    public Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation) => Read(() => inner.PurgeInstancesAsync(filter, cancellation));

    public Task<StoredRecordCount> CountRecordsAsync(string instanceId, CancellationToken cancellation) => Read(() => inner.CountRecordsAsync(instanceId, cancellation));

    private Task Read(Func<Task> call) => _crashed ? throw new SimulatedCrashException() : call();

    private Task<T> Read<T>(Func<Task<T>> call) => _crashed ? throw new SimulatedCrashException() : call();

    private async Task<T> Write<T>(Func<Task<T>> call)
    {
        if (_crashed)
        {
            throw new SimulatedCrashException();
        }

        var number = Interlocked.Increment(ref _writes);
        if (number == crashAtWrite && point == CrashPoint.BeforeWrite)
        {
            _crashed = true;
            Interlocked.Decrement(ref _writes);
            throw new SimulatedCrashException($"Crashed before write {number}.");
        }

        var result = await call();
        if (number == crashAtWrite)
        {
            _crashed = true;
            throw new SimulatedCrashException($"Crashed after write {number}.");
        }

        return result;
    }
}
