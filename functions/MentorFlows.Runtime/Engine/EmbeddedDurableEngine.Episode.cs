using MentorFlows.Runtime.Execution;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime.Engine;

/// <summary>One orchestration episode: read the work item, replay, commit everything it decided in one store call.</summary>
public sealed partial class EmbeddedDurableEngine
{
    private async Task RunEpisodeAsync(OrchestrationWorkItem item)
    {
        OrchestrationCommit commit;
        try
        {
            commit = Decide(item, UtcNow());
        }
        catch
        {
            await BestEffortAsync(() => Store.AbandonOrchestrationAsync(item.Instance.InstanceId, CancellationToken.None));
            throw;
        }

        try
        {
            await Store.CommitOrchestrationAsync(commit, CancellationToken.None);
        }
        catch
        {
            await BestEffortAsync(() => Store.AbandonOrchestrationAsync(item.Instance.InstanceId, CancellationToken.None));
            throw;
        }

        if (!commit.Instance.IsActive && item.Instance.IsActive)
        {
            _completions.Finished(commit.InstanceId);
        }
    }

    private OrchestrationCommit Decide(OrchestrationWorkItem item, DateTime now)
    {
        var instance = item.Instance;
        var consumed = item.Messages.Select(m => m.Id).ToArray();
        var current = item.Messages
            .Where(m => m.ExecutionId is null || m.ExecutionId == instance.ExecutionId)
            .Select(m => m.Event)
            .ToList();
        var unchanged = new OrchestrationCommit(instance.InstanceId, instance.ExecutionId, consumed, [], instance) { ReplayedHistoryLength = item.History.Count };

        if (!instance.IsActive)
        {
            return unchanged;
        }

        if (current.OfType<ExecutionTerminatedEvent>().FirstOrDefault() is { } terminated)
        {
            return Terminate(item, consumed, terminated, now);
        }

        var started = item.History.Count == 0 ? current.OfType<ExecutionStartedEvent>().FirstOrDefault() : null;
        if (item.History.Count == 0 && started is null)
        {
            return unchanged;
        }

        var fresh = new List<HistoryEvent> { new OrchestratorStartedEvent(now) };
        if (started is not null)
        {
            fresh.Add(started with { CarriedOverEvents = null });
            fresh.AddRange(started.CarriedOverEvents ?? []);
        }

        fresh.AddRange(current.Where(e => e is not ExecutionStartedEvent));

        if (!_registry.Orchestrators.TryGetValue(instance.Name, out var orchestrator))
        {
            return Finish(item, consumed, fresh, [], new EpisodeResult(EpisodeOutcome.Failed, [], null, NotRegistered("orchestrator", instance.Name), [], false, null), now);
        }

        EpisodeResult result;
        using (var scope = _services.GetService<IServiceScopeFactory>()?.CreateScope())
        {
            result = _executor.Execute(orchestrator, scope?.ServiceProvider ?? _services, instance.InstanceId, item.History, fresh);
        }

        if (result.Outcome == EpisodeOutcome.Failed && result.Failure?.ErrorType == typeof(NonDeterministicOrchestrationException).FullName)
        {
            LogNonDeterminism(_logger, instance.InstanceId, instance.Name);
        }

        return Finish(item, consumed, fresh, result.NewActions, result, now);
    }

    private OrchestrationCommit Finish(OrchestrationWorkItem item, long[] consumed, List<HistoryEvent> fresh, IReadOnlyList<OrchestratorAction> actions, EpisodeResult result, DateTime now)
    {
        var instance = item.Instance;
        var ended = result.Outcome != EpisodeOutcome.Waiting;
        var kept = result.Outcome == EpisodeOutcome.Failed ? [] : actions;
        var history = new List<HistoryEvent>(fresh);
        history.AddRange(kept.Select(a => a.ToHistoryEvent()));

        var messages = new List<OutboundMessage>();
        var activities = new List<NewActivity>();
        var children = new List<NewInstance>();
        foreach (var action in kept)
        {
            switch (action)
            {
                case ScheduleActivityAction a:
                    activities.Add(new NewActivity(instance.InstanceId, instance.ExecutionId, a.Id, a.Name, a.Input));
                    break;
                case CreateTimerAction t when !ended:
                    messages.Add(new OutboundMessage(instance.InstanceId, instance.ExecutionId, t.FireAt, new TimerFiredEvent(t.Id, t.FireAt)));
                    break;
                case CreateSubOrchestrationAction s when _registry.Orchestrators.ContainsKey(s.Name):
                    children.Add(new NewInstance(s.InstanceId, s.Name, NewExecutionId(), s.Input, now, now, new ParentLink(instance.InstanceId, instance.ExecutionId, s.Id)));
                    break;
                case CreateSubOrchestrationAction s:
                    messages.Add(new OutboundMessage(instance.InstanceId, instance.ExecutionId, now, new SubOrchestrationFailedEvent(s.Id, NotRegistered("orchestrator", s.Name))));
                    break;
                case SendEventAction e:
                    messages.Add(new OutboundMessage(e.InstanceId, null, now, new EventRaisedEvent(e.Name, e.Input)));
                    break;
            }
        }

        var record = instance with
        {
            Status = OrchestrationRuntimeStatus.Running,
            LastUpdatedAt = now,
            CustomStatus = result.CustomStatusSet ? result.CustomStatus : instance.CustomStatus,
        };
        var resetHistory = false;
        switch (result.Outcome)
        {
            case EpisodeOutcome.Completed:
                history.Add(new ExecutionCompletedEvent(OrchestrationRuntimeStatus.Completed, result.Output, null));
                record = record with { Status = OrchestrationRuntimeStatus.Completed, Output = result.Output };
                NotifyParent(instance, new SubOrchestrationCompletedEvent(instance.Parent?.TaskId ?? 0, result.Output), messages, now);
                break;
            case EpisodeOutcome.Failed:
                history.Add(new ExecutionCompletedEvent(OrchestrationRuntimeStatus.Failed, null, result.Failure));
                record = record with { Status = OrchestrationRuntimeStatus.Failed, Failure = result.Failure };
                NotifyParent(instance, new SubOrchestrationFailedEvent(instance.Parent?.TaskId ?? 0, result.Failure!), messages, now);
                break;
            case EpisodeOutcome.ContinuedAsNew:
                var next = NewExecutionId();
                history.Clear();
                resetHistory = true;
                record = record with { ExecutionId = next, Input = result.Output, Output = null, Failure = null };
                messages.Add(new OutboundMessage(instance.InstanceId, next, now,
                    new ExecutionStartedEvent(instance.Name, next, result.Output, result.CarriedOverEvents.Count > 0 ? result.CarriedOverEvents : null)));
                break;
        }

        return new OrchestrationCommit(instance.InstanceId, instance.ExecutionId, consumed, history, record)
        {
            ReplayedHistoryLength = item.History.Count,
            ResetHistory = resetHistory,
            ExecutionEnded = ended,
            Messages = messages,
            Activities = activities,
            SubOrchestrations = children,
        };
    }

    private OrchestrationCommit Terminate(OrchestrationWorkItem item, long[] consumed, ExecutionTerminatedEvent terminated, DateTime now)
    {
        var instance = item.Instance;
        var messages = new List<OutboundMessage>();
        NotifyParent(instance, new SubOrchestrationFailedEvent(instance.Parent?.TaskId ?? 0, new TaskFailureDetails(
            "Terminated", $"Sub-orchestration '{instance.InstanceId}' was terminated.")), messages, now);
        return new OrchestrationCommit(instance.InstanceId, instance.ExecutionId, consumed, [new OrchestratorStartedEvent(now), terminated],
            instance with { Status = OrchestrationRuntimeStatus.Terminated, Output = terminated.Reason, LastUpdatedAt = now })
        {
            ReplayedHistoryLength = item.History.Count,
            ExecutionEnded = true,
            Messages = messages,
        };
    }

    private static void NotifyParent(InstanceRecord instance, HistoryEvent result, List<OutboundMessage> messages, DateTime now)
    {
        if (instance.Parent is { } parent)
        {
            messages.Add(new OutboundMessage(parent.InstanceId, parent.ExecutionId, now, result));
        }
    }

    internal static TaskFailureDetails NotRegistered(string kind, string name) => new(
        typeof(InvalidOperationException).FullName!,
        $"No {kind} named '{name}' is registered. Register it in the {nameof(WorkflowRegistry)} under nameof(its class).");

    internal static string NewExecutionId() => Guid.NewGuid().ToString("N");

    [LoggerMessage(Level = LogLevel.Error, Message = "Instance {InstanceId} of orchestrator {Name} failed: its replay is not deterministic.")]
    private static partial void LogNonDeterminism(ILogger logger, string instanceId, string name);
}
