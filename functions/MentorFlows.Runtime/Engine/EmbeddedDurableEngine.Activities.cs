using MentorFlows.Runtime.Execution;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Engine;

/// <summary>
/// Runs one activity and commits its result with the deletion of its task, so the orchestrator sees each result once.
/// The activity itself runs at least once: a crash before the commit runs it again, which is why activities are idempotent.
/// </summary>
public sealed partial class EmbeddedDurableEngine
{
    private async Task RunActivityAsync(ActivityWorkItem item, CancellationToken cancellation)
    {
        HistoryEvent result;
        try
        {
            result = await InvokeAsync(item, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await BestEffortAsync(() => Store.AbandonActivityAsync(item, CancellationToken.None));
            return;
        }

        try
        {
            await Store.CompleteActivityAsync(item, result, UtcNow(), CancellationToken.None);
        }
        catch
        {
            await BestEffortAsync(() => Store.AbandonActivityAsync(item, CancellationToken.None));
            throw;
        }
    }

    private async Task<HistoryEvent> InvokeAsync(ActivityWorkItem item, CancellationToken cancellation)
    {
        if (!_registry.Activities.TryGetValue(item.Name, out var activity))
        {
            return new TaskFailedEvent(item.TaskId, NotRegistered("activity", item.Name));
        }

        try
        {
            var input = Payload.Read(item.Input, activity.InputType);
            var context = new EmbeddedActivityContext(activity.Name, item.InstanceId);
            object? output;
            if (_services.GetService<IServiceScopeFactory>() is { } scopes)
            {
                await using var scope = scopes.CreateAsyncScope();
                output = await activity.Run(scope.ServiceProvider, context, input, cancellation);
            }
            else
            {
                output = await activity.Run(_services, context, input, cancellation);
            }

            return new TaskCompletedEvent(item.TaskId, Payload.Write(output, $"The output of activity '{activity.Name}'"));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever an activity throws is its failure, reported to the orchestrator as TaskFailedException.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new TaskFailedEvent(item.TaskId, TaskFailureDetails.FromException(ex));
        }
    }
}
