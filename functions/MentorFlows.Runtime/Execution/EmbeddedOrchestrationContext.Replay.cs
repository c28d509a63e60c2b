using MentorFlows.Runtime.History;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Execution;

/// <summary>What the executor does to the context as it reads history.</summary>
internal sealed partial class EmbeddedOrchestrationContext
{
    /// <summary>Events delivered but not yet waited for, oldest first (kept across <c>ContinueAsNew</c>).</summary>
    internal IReadOnlyList<EventRaisedEvent> BufferedEvents => _buffered;

    /// <summary>Checks that history's action event at its step is what this replay asked for there.</summary>
    internal void MatchRecorded(HistoryEvent recorded, int step)
    {
        if (!_actions.TryGetValue(step, out var action))
        {
            throw new NonDeterministicOrchestrationException(InstanceId, Name, step, OrchestratorAction.Describe(recorded),
                "did not schedule anything at that step");
        }

        if (!action.Matches(recorded))
        {
            throw new NonDeterministicOrchestrationException(InstanceId, Name, step, OrchestratorAction.Describe(recorded),
                $"scheduled {action.Describe()}");
        }

        _recorded.Add(step);
    }

    /// <summary>The actions this episode asked for that history does not hold yet, in step order.</summary>
    internal IEnumerable<OrchestratorAction> NewActions() => _actions.Values.Where(a => !_recorded.Contains(a.Id));

    internal void Complete(int step, string? result)
    {
        if (_open.Remove(step, out var task))
        {
            task.Complete(result);
        }
    }

    internal void Fail(int step, TaskFailureDetails failure)
    {
        if (_open.Remove(step, out var task))
        {
            task.Fail(failure);
        }
    }

    internal void Deliver(EventRaisedEvent raised)
    {
        if (_waiters.TryGetValue(raised.Name, out var queue))
        {
            while (queue.TryDequeue(out var waiter))
            {
                if (waiter.IsWaiting)
                {
                    waiter.Deliver(raised.Input);
                    return;
                }
            }
        }

        _buffered.Add(raised);
    }
}
