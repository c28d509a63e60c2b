using System.Text.Json;
using MentorFlows.Runtime.History;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime.Execution;

/// <summary>
/// Runs one episode by replay: the orchestrator starts from the top and the events of history, then the new ones, are
/// fed to it in order, each completing the durable task it answers; after each event the orchestrator runs until it
/// waits again. A recorded action that the replay does not ask for at the same step fails the instance with a
/// <see cref="NonDeterministicOrchestrationException"/>.
/// </summary>
internal sealed class OrchestrationExecutor(ILoggerFactory loggers)
{
    public EpisodeResult Execute(
        OrchestratorRegistration orchestrator,
        IServiceProvider services,
        string instanceId,
        IReadOnlyList<HistoryEvent> past,
        IReadOnlyList<HistoryEvent> fresh)
    {
        var context = new EmbeddedOrchestrationContext(instanceId, orchestrator.Name, loggers);
        var scheduler = new ReplayTaskScheduler();
        Task<object?>? run = null;
        try
        {
            for (var index = 0; index < past.Count + fresh.Count; index++)
            {
                var recorded = index < past.Count ? past[index] : fresh[index - past.Count];
                context.IsReplaying = index < past.Count;
                run = Apply(recorded, context, scheduler, orchestrator, services) ?? run;
                scheduler.RunPending();
            }
        }
        catch (NonDeterministicOrchestrationException ex)
        {
            return Ended(context, EpisodeOutcome.Failed, null, TaskFailureDetails.FromException(ex));
        }

        if (run is null)
        {
            return Ended(context, EpisodeOutcome.Failed, null, new TaskFailureDetails(
                typeof(InvalidOperationException).FullName!, $"Instance '{instanceId}' has no start in its history."));
        }

        return run.Status switch
        {
            TaskStatus.RanToCompletion when context.ContinuedAsNew is { } next => Ended(context, EpisodeOutcome.ContinuedAsNew, next.Input, null),
            TaskStatus.RanToCompletion => Completed(context, orchestrator, run.Result),
            TaskStatus.Faulted => Ended(context, EpisodeOutcome.Failed, null, TaskFailureDetails.FromException(run.Exception!.InnerException ?? run.Exception)),
            TaskStatus.Canceled => Ended(context, EpisodeOutcome.Failed, null, Canceled(run)),
            _ => Ended(context, EpisodeOutcome.Waiting, null, null),
        };
    }

    private static Task<object?>? Apply(HistoryEvent recorded, EmbeddedOrchestrationContext context, ReplayTaskScheduler scheduler, OrchestratorRegistration orchestrator, IServiceProvider services)
    {
        switch (recorded)
        {
            case ExecutionStartedEvent started:
                return scheduler.Start(() => orchestrator.Run(services, context, ReadInput(orchestrator, started.Input)));
            case OrchestratorStartedEvent episode:
                context.CurrentUtcDateTime = episode.Timestamp;
                break;
            case TaskCompletedEvent e:
                context.Complete(e.TaskScheduledId, e.Result);
                break;
            case TaskFailedEvent e:
                context.Fail(e.TaskScheduledId, e.Failure);
                break;
            case TimerFiredEvent e:
                context.Complete(e.TimerId, null);
                break;
            case SubOrchestrationCompletedEvent e:
                context.Complete(e.TaskScheduledId, e.Result);
                break;
            case SubOrchestrationFailedEvent e:
                context.Fail(e.TaskScheduledId, e.Failure);
                break;
            case EventRaisedEvent e:
                context.Deliver(e);
                break;
            default:
                if (OrchestratorAction.StepOf(recorded) is { } step)
                {
                    context.MatchRecorded(recorded, step);
                }

                break;
        }

        return null;
    }

    private static object? ReadInput(OrchestratorRegistration orchestrator, string? input)
    {
        try
        {
            return Payload.Read(input, orchestrator.InputType);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The input of orchestrator '{orchestrator.Name}' does not read as {orchestrator.InputType.Name}: {ex.Message}", ex);
        }
    }

    private static EpisodeResult Completed(EmbeddedOrchestrationContext context, OrchestratorRegistration orchestrator, object? result)
    {
        try
        {
            return Ended(context, EpisodeOutcome.Completed, Payload.Write(result, $"The output of orchestrator '{orchestrator.Name}'"), null);
        }
        catch (ArgumentException ex)
        {
            return Ended(context, EpisodeOutcome.Failed, null, TaskFailureDetails.FromException(ex));
        }
    }

    private static TaskFailureDetails Canceled(Task run)
    {
        try
        {
            run.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException ex)
        {
            return TaskFailureDetails.FromException(ex);
        }

        return new TaskFailureDetails(typeof(TaskCanceledException).FullName!, "The orchestrator was canceled.");
    }

    private static EpisodeResult Ended(EmbeddedOrchestrationContext context, EpisodeOutcome outcome, string? output, TaskFailureDetails? failure) => new(
        outcome,
        context.NewActions().ToArray(),
        output,
        failure,
        outcome == EpisodeOutcome.ContinuedAsNew && context.ContinuedAsNew is { PreserveEvents: true } ? context.BufferedEvents.ToArray() : [],
        context.CustomStatusSet,
        context.CustomStatus);
}
