namespace MentorFlows.Runtime.History;

/// <summary>Step <paramref name="TaskId"/> of the orchestrator scheduled activity <paramref name="Name"/>.</summary>
public sealed record TaskScheduledEvent(int TaskId, string Name, string? Input) : HistoryEvent;
