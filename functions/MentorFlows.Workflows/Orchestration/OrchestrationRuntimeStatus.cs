namespace MentorFlows.Workflows.Orchestration;

/// <summary>An instance's state (mirrors Durable's <c>OrchestrationRuntimeStatus</c>, less the obsolete members).</summary>
public enum OrchestrationRuntimeStatus
{
    Running,
    Completed,
    Failed,
    Terminated,
    Pending,
    Suspended,
}
