namespace MentorFlows.Runtime.History;

/// <summary>An external event reached the instance; it is buffered until the orchestrator waits for its name.</summary>
public sealed record EventRaisedEvent(string Name, string? Input) : HistoryEvent;
