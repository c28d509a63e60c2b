using System.Runtime.CompilerServices;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.InMemory;

/// <summary>
/// A store in process memory, for tests, <c>simulate</c> and <c>demo</c>. Every method holds one lock, so each is atomic.
/// A message waits in a priority queue by visibility time and makes its instance ready when due, so locking work and
/// finding the next due timer cost O(log n) however many instances wait.
/// </summary>
public sealed partial class InMemoryOrchestrationStore : IOrchestrationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _instances = new(StringComparer.Ordinal);
    private readonly Queue<Entry> _ready = new();
    private readonly PriorityQueue<OrchestrationMessage, (DateTime VisibleAt, long Id)> _pending = new();
    private readonly Dictionary<long, Entry> _liveMessages = [];
    private readonly Dictionary<long, ActivityWorkItem> _activities = [];
    private readonly Queue<long> _unlockedActivities = new();
    private readonly HashSet<long> _lockedActivities = [];
    private long _lastMessageId;
    private long _lastActivityId;

    public Task InitializeAsync(CancellationToken cancellation)
    {
        lock (_gate)
        {
            foreach (var id in _lockedActivities)
            {
                _unlockedActivities.Enqueue(id);
            }

            _lockedActivities.Clear();
            foreach (var entry in _instances.Values.Where(e => e.Locked))
            {
                entry.Locked = false;
                if (entry.Inbox.Count > 0)
                {
                    MarkReady(entry);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<CreateInstanceResult> CreateInstanceAsync(NewInstance instance, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(instance);
        lock (_gate)
        {
            return Task.FromResult(Create(instance));
        }
    }

    public Task<EnqueueResult> EnqueueAsync(OutboundMessage message, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            return Task.FromResult(Post(message));
        }
    }

    public Task<IReadOnlyList<OrchestrationWorkItem>> LockOrchestrationWorkItemsAsync(DateTime nowUtc, int max, CancellationToken cancellation)
    {
        var items = new List<OrchestrationWorkItem>();
        lock (_gate)
        {
            Promote(nowUtc);
            while (items.Count < max && _ready.TryDequeue(out var entry))
            {
                entry.Queued = false;
                if (entry.Locked || entry.Removed)
                {
                    continue;
                }

                var visible = entry.Inbox.Where(m => m.VisibleAt <= nowUtc).ToArray();
                if (visible.Length == 0)
                {
                    continue;
                }

                entry.Locked = true;
                items.Add(new OrchestrationWorkItem(entry.Record, entry.History.ToArray(), visible));
            }
        }

        return Task.FromResult<IReadOnlyList<OrchestrationWorkItem>>(items);
    }

    public Task CommitOrchestrationAsync(OrchestrationCommit commit, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            if (!_instances.TryGetValue(commit.InstanceId, out var entry) || entry.Record.ExecutionId != commit.ExecutionId)
            {
                // Purged or replaced while the episode ran (the locked entry is gone): nothing of it applies any more.
                return Task.CompletedTask;
            }

            if (entry.History.Count != commit.ReplayedHistoryLength)
            {
                Unlock(entry);
                return Task.CompletedTask;
            }

            var consumed = commit.ConsumedMessageIds.ToHashSet();
            RemoveMessages(entry, m => consumed.Contains(m.Id) || (commit.ExecutionEnded && m.ExecutionId == commit.ExecutionId));
            if (commit.ResetHistory)
            {
                entry.History.Clear();
            }

            entry.History.AddRange(commit.AppendedHistory);
            entry.Record = commit.Instance;
            foreach (var child in commit.SubOrchestrations)
            {
                if (Create(child) == CreateInstanceResult.AlreadyActive && child.Parent is { } parent)
                {
                    Post(new OutboundMessage(parent.InstanceId, parent.ExecutionId, commit.Instance.LastUpdatedAt,
                        new SubOrchestrationFailedEvent(parent.TaskId, StoreFailures.ChildAlreadyActive(child.InstanceId))));
                }
            }

            foreach (var message in commit.Messages)
            {
                Post(message);
            }

            foreach (var activity in commit.Activities)
            {
                var id = ++_lastActivityId;
                _activities.Add(id, new ActivityWorkItem(id, activity.InstanceId, activity.ExecutionId, activity.TaskId, activity.Name, activity.Input));
                _unlockedActivities.Enqueue(id);
            }

            Unlock(entry);
        }

        return Task.CompletedTask;
    }

    public Task AbandonOrchestrationAsync(string instanceId, CancellationToken cancellation)
    {
        lock (_gate)
        {
            if (_instances.TryGetValue(instanceId, out var entry))
            {
                entry.WakeOnUnlock = true;
                Unlock(entry);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ActivityWorkItem>> LockActivityWorkItemsAsync(int max, CancellationToken cancellation)
    {
        var items = new List<ActivityWorkItem>();
        lock (_gate)
        {
            while (items.Count < max && _unlockedActivities.TryDequeue(out var id))
            {
                if (_activities.TryGetValue(id, out var item) && _lockedActivities.Add(id))
                {
                    items.Add(item);
                }
            }
        }

        return Task.FromResult<IReadOnlyList<ActivityWorkItem>>(items);
    }

    public Task CompleteActivityAsync(ActivityWorkItem item, HistoryEvent result, DateTime nowUtc, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _lockedActivities.Remove(item.Id);
            if (_activities.Remove(item.Id))
            {
                Post(new OutboundMessage(item.InstanceId, item.ExecutionId, nowUtc, result));
            }
        }

        return Task.CompletedTask;
    }

    public Task AbandonActivityAsync(ActivityWorkItem item, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            if (_lockedActivities.Remove(item.Id) && _activities.ContainsKey(item.Id))
            {
                _unlockedActivities.Enqueue(item.Id);
            }
        }

        return Task.CompletedTask;
    }

    public Task<DateTime?> GetNextVisibleTimeAsync(DateTime nowUtc, CancellationToken cancellation)
    {
        lock (_gate)
        {
            DropDeadPending();
            return Task.FromResult(_pending.TryPeek(out _, out var due) && due.VisibleAt > nowUtc ? due.VisibleAt : (DateTime?)null);
        }
    }

    public Task<InstanceRecord?> GetInstanceAsync(string instanceId, CancellationToken cancellation)
    {
        lock (_gate)
        {
            return Task.FromResult(_instances.TryGetValue(instanceId, out var entry) ? entry.Record : null);
        }
    }

    public async IAsyncEnumerable<InstanceRecord> QueryInstancesAsync(OrchestrationQuery query, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        InstanceRecord[] matches;
        lock (_gate)
        {
            matches = _instances.Values.Select(e => e.Record).Where(r => InstanceFilters.Matches(r, query)).OrderBy(r => r.CreatedAt).ToArray();
        }

        foreach (var record in matches)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask;
    }

    public Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HistoryEvent>>(_instances.TryGetValue(instanceId, out var entry) ? entry.History.ToArray() : []);
        }
    }

    public Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation)
    {
        lock (_gate)
        {
            return Task.FromResult(_instances.TryGetValue(instanceId, out var entry) && InstanceFilters.IsFinished(entry.Record.Status) ? Remove(entry) : 0);
        }
    }

    public Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filter);
        lock (_gate)
        {
            return Task.FromResult(_instances.Values.Where(e => InstanceFilters.Matches(e.Record, filter)).ToArray().Sum(Remove));
        }
    }

    public Task<StoredRecordCount> CountRecordsAsync(string instanceId, CancellationToken cancellation)
    {
        lock (_gate)
        {
            var activities = _activities.Values.Count(a => a.InstanceId == instanceId);
            var messages = _liveMessages.Values.Count(e => e.Record.InstanceId == instanceId);
            return Task.FromResult(_instances.TryGetValue(instanceId, out var entry)
                ? new StoredRecordCount(1, entry.History.Count, messages, activities)
                : new StoredRecordCount(0, 0, messages, activities));
        }
    }
}
