using System.Runtime.CompilerServices;
using MentorFlows.Runtime.Execution;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Engine;

/// <summary>
/// <see cref="IOrchestrationClient"/> over the engine's store. Bad use fails at the call, with the name or id at fault:
/// an unregistered orchestrator, an input that cannot be serialised (or does not read back as the registered input
/// type), an id that is already running, an instance that does not exist.
/// </summary>
internal sealed class EmbeddedOrchestrationClient(EmbeddedDurableEngine engine) : IOrchestrationClient
{
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        if (!engine.Registry.Orchestrators.TryGetValue(orchestratorName, out var orchestrator))
        {
            var known = string.Join(", ", engine.Registry.Orchestrators.Keys.Order(StringComparer.Ordinal));
            throw new ArgumentException($"No orchestrator named '{orchestratorName}' is registered (registered: {(known.Length == 0 ? "none" : known)}).", nameof(orchestratorName));
        }

        var json = Payload.WriteAs(input, orchestrator.InputType, $"The input of orchestrator '{orchestrator.Name}'");
        var instanceId = options?.InstanceId ?? engine.Options.NewInstanceId();
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId, nameof(options));
        await engine.EnsureInitializedAsync(cancellation);
        var now = engine.UtcNow();
        var startAt = options?.StartAt is { } at && at.UtcDateTime > now ? Clock.StoredTime.Ceiling(at.UtcDateTime) : now;
        var created = await engine.Store.CreateInstanceAsync(
            new NewInstance(instanceId, orchestrator.Name, EmbeddedDurableEngine.NewExecutionId(), json, now, startAt), cancellation);
        if (created == CreateInstanceResult.AlreadyActive && engine.Options.DuplicateStart == DuplicateStartBehavior.Throw)
        {
            throw OrchestrationAlreadyExistsException.ForInstance(instanceId);
        }

        engine.Wake();
        return instanceId;
    }

    public async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var json = Payload.Write(eventPayload, $"The payload of event '{eventName}'");
        await EnqueueAsync(new OutboundMessage(instanceId, null, engine.UtcNow(), new EventRaisedEvent(eventName, json)), cancellation);
    }

    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        await engine.EnsureInitializedAsync(cancellation);
        var record = await engine.Store.GetInstanceAsync(instanceId, cancellation);
        return record is null ? null : ToMetadata(record, getInputsAndOutputs);
    }

    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            var finished = engine.Completions.Next(instanceId);
            var metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation)
                ?? throw OrchestrationInstanceNotFoundException.ForInstance(instanceId);
            if (metadata.IsCompleted)
            {
                return metadata;
            }

            // Another process sharing the store finishes instances without signalling this one: look again now and then.
            await Task.WhenAny(finished, Task.Delay(engine.Options.IdlePollInterval, engine.TimeProvider, cancellation));
            cancellation.ThrowIfCancellationRequested();
        }
    }

    public async Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var json = Payload.Write(output, "The termination output");
        await EnqueueAsync(new OutboundMessage(instanceId, null, engine.UtcNow(), new ExecutionTerminatedEvent(json)), cancellation);
    }

    public async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        await engine.EnsureInitializedAsync(cancellation);
        return new PurgeResult(await engine.Store.PurgeInstanceAsync(instanceId, cancellation));
    }

    public async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await engine.EnsureInitializedAsync(cancellation);
        return new PurgeResult(await engine.Store.PurgeInstancesAsync(filter, cancellation));
    }

    public async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        await engine.EnsureInitializedAsync(cancellation);
        await foreach (var record in engine.Store.QueryInstancesAsync(filter ?? new OrchestrationQuery(), cancellation))
        {
            yield return ToMetadata(record, getInputsAndOutputs: false);
        }
    }

    private async Task EnqueueAsync(OutboundMessage message, CancellationToken cancellation)
    {
        await engine.EnsureInitializedAsync(cancellation);
        if (await engine.Store.EnqueueAsync(message, cancellation) == EnqueueResult.InstanceNotFound)
        {
            throw OrchestrationInstanceNotFoundException.ForInstance(message.InstanceId);
        }

        engine.Wake();
    }

    private static OrchestrationMetadata ToMetadata(InstanceRecord record, bool getInputsAndOutputs) => new(
        record.Name,
        record.InstanceId,
        record.Status,
        new DateTimeOffset(record.CreatedAt, TimeSpan.Zero),
        new DateTimeOffset(record.LastUpdatedAt, TimeSpan.Zero))
    {
        SerializedInput = getInputsAndOutputs ? record.Input : null,
        SerializedOutput = getInputsAndOutputs ? record.Output : null,
        SerializedCustomStatus = record.CustomStatus,
        FailureDetails = record.Failure,
    };
}
