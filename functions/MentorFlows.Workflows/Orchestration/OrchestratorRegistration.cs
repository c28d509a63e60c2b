namespace MentorFlows.Workflows.Orchestration;

/// <summary>A registered orchestrator: its name, payload types (for deserialising history) and how to run it.</summary>
public sealed record OrchestratorRegistration(
    string Name,
    Type InputType,
    Type OutputType,
    Func<IServiceProvider, IOrchestrationContext, object?, Task<object?>> Run);
