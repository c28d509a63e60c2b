using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Support;

/// <summary>An engine on a virtual clock over a given store, with the workflows a test registers.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 9, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    public Harness(IOrchestrationStore store, Action<WorkflowRegistry> register, VirtualTimeProvider? clock = null, EmbeddedRuntimeOptions? options = null)
    {
        Clock = clock ?? new VirtualTimeProvider(Start);
        register(Registry);
        Engine = new EmbeddedDurableEngine(store, Registry, _services, Clock, options);
    }

    public VirtualTimeProvider Clock { get; }

    public WorkflowRegistry Registry { get; } = new();

    public EmbeddedDurableEngine Engine { get; }

    public IOrchestrationClient Client => Engine.Client;

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public Task<string> StartAsync(string orchestrator, object? input = null, string? instanceId = null, DateTimeOffset? startAt = null) =>
        Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId, startAt));

    /// <summary>Runs until nothing is left and returns the instance with its input and output.</summary>
    public async Task<OrchestrationMetadata> RunToEndAsync(string instanceId)
    {
        await Engine.RunToEndAsync();
        return await GetAsync(instanceId);
    }

    public async Task<OrchestrationMetadata> GetAsync(string instanceId) =>
        await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true) ?? throw new InvalidOperationException($"No instance '{instanceId}'.");

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _services.DisposeAsync();
    }
}
