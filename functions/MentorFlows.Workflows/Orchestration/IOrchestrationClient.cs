namespace MentorFlows.Workflows.Orchestration;

/// <summary>
/// Starts and steers orchestration instances (mirrors Durable's <c>DurableTaskClient</c>). HTTP routes, the cohort
/// intake and <c>simulate</c>'s injected events all go through this one port.
/// </summary>
public interface IOrchestrationClient
{
    /// <summary>Starts an instance and returns its id. Starting an id that is already running is an error.</summary>
    Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default);

    /// <summary>Raises an event; one raised before the orchestrator waits for it is kept until it does.</summary>
    Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default);

    /// <summary>The instance's metadata, or null when there is no such instance.</summary>
    Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    /// <summary>Waits until the instance completes, fails or is terminated.</summary>
    Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default);

    /// <summary>Removes a finished instance and its whole history from the store.</summary>
    Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default);

    Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation = default);

    IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null, CancellationToken cancellation = default);
}
