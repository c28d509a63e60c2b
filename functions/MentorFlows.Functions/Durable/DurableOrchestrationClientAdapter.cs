using System.Runtime.CompilerServices;
using MentorFlows.Workflows.Orchestration;
using Port = MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Functions.Durable;

/// <summary>
/// The orchestration client port over Durable's <c>DurableTaskClient</c> (azure-api-reference.md §2), purge included
/// (erasure purges finished histories). One call per member; types mapped by <see cref="DurableMapping"/>. Unlike the
/// embedded runtime, Durable does not refuse a start of a running instance id (it may ignore it silently); the
/// commands check with <see cref="GetInstanceAsync"/> first either way.
/// </summary>
public sealed class DurableOrchestrationClientAdapter : IOrchestrationClient
{
    private readonly BoundDurableClient _bound;

    public DurableOrchestrationClientAdapter(BoundDurableClient bound)
    {
        ArgumentNullException.ThrowIfNull(bound);
        _bound = bound;
    }

    public Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, Port.StartOrchestrationOptions? options = null, CancellationToken cancellation = default) =>
        _bound.Client.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, DurableMapping.ToDurable(options), cancellation);

    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        _bound.Client.RaiseEventAsync(instanceId, eventName, eventPayload, cancellation);

    public async Task<Port.OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        await _bound.Client.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false) is { } metadata ? DurableMapping.ToPort(metadata) : null;

    public async Task<Port.OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        DurableMapping.ToPort(await _bound.Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false));

    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default) =>
        _bound.Client.TerminateInstanceAsync(instanceId, output, cancellation);

    public async Task<Port.PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default) =>
        new((await _bound.Client.PurgeInstanceAsync(instanceId, cancellation).ConfigureAwait(false)).PurgedInstanceCount);

    public async Task<Port.PurgeResult> PurgeAllInstancesAsync(Port.PurgeInstancesFilter filter, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new((await _bound.Client.PurgeAllInstancesAsync(DurableMapping.ToDurable(filter), cancellation).ConfigureAwait(false)).PurgedInstanceCount);
    }

    public async IAsyncEnumerable<Port.OrchestrationMetadata> GetAllInstancesAsync(Port.OrchestrationQuery? filter = null, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        // Target-typed: Durable's OrchestrationQuery(CreatedFrom, CreatedTo, Statuses, TaskHubNames, InstanceIdPrefix, PageSize, ...).
        var pages = _bound.Client.GetAllInstancesAsync(new(
            CreatedFrom: filter?.CreatedFrom,
            CreatedTo: filter?.CreatedTo,
            Statuses: filter?.Statuses?.Select(DurableMapping.ToDurable).ToList(),
            InstanceIdPrefix: filter?.InstanceIdPrefix));
        await foreach (var metadata in pages.WithCancellation(cancellation).ConfigureAwait(false))
        {
            yield return DurableMapping.ToPort(metadata);
        }
    }
}
