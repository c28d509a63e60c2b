using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Execution;

internal sealed record CreateTimerAction(int Id, DateTime FireAt) : OrchestratorAction(Id)
{
    public override HistoryEvent ToHistoryEvent() => new TimerCreatedEvent(Id, FireAt);

    public override bool Matches(HistoryEvent recorded) => recorded is TimerCreatedEvent;

    public override string Describe() => $"a timer due {FireAt:O}";
}
