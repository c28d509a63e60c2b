using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Execution;

internal sealed record ScheduleActivityAction(int Id, string Name, string? Input) : OrchestratorAction(Id)
{
    public override HistoryEvent ToHistoryEvent() => new TaskScheduledEvent(Id, Name, Input);

    public override bool Matches(HistoryEvent recorded) =>
        recorded is TaskScheduledEvent e && string.Equals(e.Name, Name, StringComparison.OrdinalIgnoreCase);

    public override string Describe() => $"activity '{Name}'";
}
