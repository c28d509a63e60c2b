using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

/// <summary>
/// Durable Task's contract, checked against a store: every store runs this whole suite through one subclass. Each test
/// gets a fresh, empty store and a virtual clock starting at <see cref="Harness.Start"/>.
/// </summary>
public abstract partial class OrchestrationConformanceTests : IAsyncLifetime
{
    private readonly List<Harness> _harnesses = [];

    protected static DateTime T0 => Harness.Start.UtcDateTime;

    /// <summary>A new, empty store, independent of every other test's.</summary>
    protected abstract Task<IOrchestrationStore> CreateStoreAsync();

    /// <summary>Opens the same store again, as a restarted process would (a new object over the same data).</summary>
    protected abstract IOrchestrationStore Reopen(IOrchestrationStore store);

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var harness in _harnesses)
        {
            await harness.DisposeAsync();
        }

        await CleanUpAsync();
    }

    private protected async Task<Harness> NewAsync(Action<WorkflowRegistry> register, EmbeddedRuntimeOptions? options = null) =>
        Track(new Harness(await CreateStoreAsync(), register, options: options));

    private protected Harness Track(Harness harness)
    {
        _harnesses.Add(harness);
        return harness;
    }
}
