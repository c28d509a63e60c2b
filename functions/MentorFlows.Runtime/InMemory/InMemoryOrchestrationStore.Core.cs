using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.InMemory;

/// <summary>The store's bookkeeping; every member here runs under <c>_gate</c>.</summary>
public sealed partial class InMemoryOrchestrationStore
{
    private CreateInstanceResult Create(NewInstance instance)
    {
        if (_instances.TryGetValue(instance.InstanceId, out var existing))
        {
            if (existing.Record.IsActive)
            {
                return CreateInstanceResult.AlreadyActive;
            }

            Remove(existing);
        }

        var entry = new Entry(new InstanceRecord(instance.InstanceId, instance.Name, instance.ExecutionId, OrchestrationRuntimeStatus.Pending,
            instance.CreatedAt, instance.CreatedAt, instance.StartAt)
        {
            Input = instance.Input,
            Parent = instance.Parent,
        });
        _instances.Add(instance.InstanceId, entry);
        Add(entry, instance.ExecutionId, instance.StartAt, new ExecutionStartedEvent(instance.Name, instance.ExecutionId, instance.Input));
        return CreateInstanceResult.Created;
    }

    private EnqueueResult Post(OutboundMessage message)
    {
        if (!_instances.TryGetValue(message.InstanceId, out var entry))
        {
            return EnqueueResult.InstanceNotFound;
        }

        if (!entry.Record.IsActive)
        {
            return EnqueueResult.InstanceNotActive;
        }

        var visibleAt = message.Event is EventRaisedEvent && entry.Record.Status == OrchestrationRuntimeStatus.Pending && entry.Record.ScheduledStartAt > message.VisibleAt
            ? entry.Record.ScheduledStartAt
            : message.VisibleAt;
        Add(entry, message.ExecutionId, visibleAt, message.Event);
        return EnqueueResult.Enqueued;
    }

    private void Add(Entry entry, string? executionId, DateTime visibleAt, HistoryEvent body)
    {
        var message = new OrchestrationMessage(++_lastMessageId, entry.Record.InstanceId, executionId, visibleAt, body);
        entry.Inbox.Add(message);
        _liveMessages.Add(message.Id, entry);
        _pending.Enqueue(message, (visibleAt, message.Id));
    }

    /// <summary>Makes the instance of every message due at <paramref name="nowUtc"/> ready.</summary>
    private void Promote(DateTime nowUtc)
    {
        while (_pending.TryPeek(out var message, out var due) && due.VisibleAt <= nowUtc)
        {
            _pending.Dequeue();
            if (_liveMessages.TryGetValue(message.Id, out var entry))
            {
                MarkReady(entry);
            }
        }
    }

    private void DropDeadPending()
    {
        while (_pending.TryPeek(out var message, out _) && !_liveMessages.ContainsKey(message.Id))
        {
            _pending.Dequeue();
        }
    }

    private void MarkReady(Entry entry)
    {
        if (entry.Locked)
        {
            entry.WakeOnUnlock = true;
        }
        else if (!entry.Queued)
        {
            entry.Queued = true;
            _ready.Enqueue(entry);
        }
    }

    private void Unlock(Entry entry)
    {
        entry.Locked = false;
        if (entry.WakeOnUnlock)
        {
            entry.WakeOnUnlock = false;
            MarkReady(entry);
        }
    }

    private void RemoveMessages(Entry entry, Predicate<OrchestrationMessage> match)
    {
        entry.Inbox.RemoveAll(m =>
        {
            if (!match(m))
            {
                return false;
            }

            _liveMessages.Remove(m.Id);
            return true;
        });
    }

    private int Remove(Entry entry)
    {
        RemoveMessages(entry, _ => true);
        foreach (var activity in _activities.Values.Where(a => a.InstanceId == entry.Record.InstanceId).ToArray())
        {
            _activities.Remove(activity.Id);
            _lockedActivities.Remove(activity.Id);
        }

        entry.Removed = true;
        _instances.Remove(entry.Record.InstanceId);
        return 1;
    }

    /// <summary>One instance: its record, history and inbox (by id), and where it stands in the ready queue.</summary>
    private sealed class Entry(InstanceRecord record)
    {
        public InstanceRecord Record { get; set; } = record;

        public List<HistoryEvent> History { get; } = [];

        public List<OrchestrationMessage> Inbox { get; } = [];

        public bool Locked { get; set; }

        public bool Queued { get; set; }

        public bool WakeOnUnlock { get; set; }

        public bool Removed { get; set; }
    }
}
