namespace MentorFlows.Runtime;

/// <summary>
/// A replay asked for something other than what history recorded at the same step. The instance fails with this as
/// its failure details; the message names the instance, the orchestrator and the step.
/// </summary>
public sealed class NonDeterministicOrchestrationException : InvalidOperationException
{
    public NonDeterministicOrchestrationException(string instanceId, string orchestratorName, int step, string recorded, string replayed)
        : base($"Orchestrator '{orchestratorName}' is not deterministic (instance '{instanceId}'): at step {step} history recorded {recorded}, " +
               $"but the replay {replayed}. An orchestrator must schedule the same activities, timers, sub-orchestrations and events " +
               "in the same order on every replay; to change a workflow with instances in flight, register the new version under a new name.")
    {
        InstanceId = instanceId;
        OrchestratorName = orchestratorName;
        Step = step;
    }

    public NonDeterministicOrchestrationException()
    {
        InstanceId = OrchestratorName = "unknown";
    }

    public NonDeterministicOrchestrationException(string message)
        : base(message)
    {
        InstanceId = OrchestratorName = "unknown";
    }

    public NonDeterministicOrchestrationException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = OrchestratorName = "unknown";
    }

    public string InstanceId { get; }

    public string OrchestratorName { get; }

    /// <summary>The step (task id) at which replay and history disagree.</summary>
    public int Step { get; }
}
