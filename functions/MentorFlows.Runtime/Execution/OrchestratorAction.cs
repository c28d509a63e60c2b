using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Execution;

/// <summary>
/// Something the orchestrator asked for at step <see cref="Id"/>: on replay it must match the history event recorded
/// for that step, otherwise the orchestrator is not deterministic; when new, it is committed as that event.
/// </summary>
internal abstract record OrchestratorAction(int Id)
{
    /// <summary>The history event that records this action.</summary>
    public abstract HistoryEvent ToHistoryEvent();

    /// <summary>True when <paramref name="recorded"/> records this kind of action with the same name.</summary>
    public abstract bool Matches(HistoryEvent recorded);

    /// <summary>Says what the action is without its payload (no personal data in errors).</summary>
    public abstract string Describe();

    /// <summary>Describes a recorded action event the same way, for non-determinism errors.</summary>
    public static string Describe(HistoryEvent recorded) => recorded switch
    {
        TaskScheduledEvent e => $"activity '{e.Name}'",
        TimerCreatedEvent e => $"a timer due {e.FireAt:O}",
        SubOrchestrationCreatedEvent e => $"sub-orchestration '{e.Name}'",
        EventSentEvent e => $"event '{e.Name}' sent to another instance",
        _ => recorded.GetType().Name,
    };

    /// <summary>The step number of a history event that records an action, or null for any other event.</summary>
    public static int? StepOf(HistoryEvent recorded) => recorded switch
    {
        TaskScheduledEvent e => e.TaskId,
        TimerCreatedEvent e => e.TaskId,
        SubOrchestrationCreatedEvent e => e.TaskId,
        EventSentEvent e => e.TaskId,
        _ => null,
    };
}
