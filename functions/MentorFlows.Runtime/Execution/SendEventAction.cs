using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Execution;

internal sealed record SendEventAction(int Id, string InstanceId, string Name, string? Input) : OrchestratorAction(Id)
{
    public override HistoryEvent ToHistoryEvent() => new EventSentEvent(Id, InstanceId, Name, Input);

    public override bool Matches(HistoryEvent recorded) =>
        recorded is EventSentEvent e && string.Equals(e.Name, Name, StringComparison.OrdinalIgnoreCase);

    public override string Describe() => $"event '{Name}' sent to another instance";
}
