namespace MentorFlows.Workflows.Orchestration;

/// <summary>
/// Every orchestrator and activity by name. Names are given with <c>nameof</c> at registration; nothing is found by
/// reflection on strings. The embedded runtime runs what is registered here; the Azure host declares the same names
/// as <c>[Function]</c>s.
/// </summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, OrchestratorRegistration> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActivityRegistration> _activities = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, OrchestratorRegistration> Orchestrators => _orchestrators;

    public IReadOnlyDictionary<string, ActivityRegistration> Activities => _activities;

    public WorkflowRegistry AddOrchestrator<TInput, TOutput>(string name, Func<IServiceProvider, IOrchestrator<TInput, TOutput>> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_orchestrators.TryAdd(name, new OrchestratorRegistration(name, typeof(TInput), typeof(TOutput),
                async (services, context, input) => await factory(services).RunAsync(context, (TInput)input!).ConfigureAwait(true))))
        {
            throw new InvalidOperationException($"An orchestrator named '{name}' is already registered.");
        }

        return this;
    }

    public WorkflowRegistry AddActivity<TInput, TOutput>(string name, Func<IServiceProvider, IActivity<TInput, TOutput>> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_activities.TryAdd(name, new ActivityRegistration(name, typeof(TInput), typeof(TOutput),
                async (services, context, input, cancellation) => await factory(services).RunAsync(context, (TInput)input!, cancellation).ConfigureAwait(false))))
        {
            throw new InvalidOperationException($"An activity named '{name}' is already registered.");
        }

        return this;
    }
}
