using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Execution;

internal sealed record CreateSubOrchestrationAction(int Id, string Name, string InstanceId, string? Input) : OrchestratorAction(Id)
{
    public override HistoryEvent ToHistoryEvent() => new SubOrchestrationCreatedEvent(Id, Name, InstanceId, Input);

    public override bool Matches(HistoryEvent recorded) =>
        recorded is SubOrchestrationCreatedEvent e && string.Equals(e.Name, Name, StringComparison.OrdinalIgnoreCase);

    public override string Describe() => $"sub-orchestration '{Name}'";
}
