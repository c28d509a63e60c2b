namespace MentorFlows.Runtime.History;

/// <summary>An episode began at <paramref name="Timestamp"/> (UTC): the orchestrator's <c>CurrentUtcDateTime</c> from here on.</summary>
public sealed record OrchestratorStartedEvent(DateTime Timestamp) : HistoryEvent;
