using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Workflows.Year;

/// <summary>Idempotent starts and signals over <see cref="IOrchestrationClient"/>, for commands and activities.</summary>
public static class OrchestrationClientExtensions
{
    /// <summary>Starts <paramref name="instanceId"/> unless an instance with that id exists (running or finished). True when it started one.</summary>
    public static async Task<bool> StartOnceAsync(this IOrchestrationClient client, string orchestrator, object input, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await client.GetInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Raises an event on <paramref name="instanceId"/> if it is running; true when raised.</summary>
    public static async Task<bool> RaiseIfRunningAsync(this IOrchestrationClient client, string instanceId, string eventName, object? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await client.GetInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false) is not { IsRunning: true })
        {
            return false;
        }

        await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
