using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Execution;

/// <summary>A durable task the orchestrator awaits, completed by the executor from a history event.</summary>
internal interface IOpenTask
{
    void Complete(string? result);

    void Fail(TaskFailureDetails failure);
}
