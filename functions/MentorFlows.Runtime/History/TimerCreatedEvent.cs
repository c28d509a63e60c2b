namespace MentorFlows.Runtime.History;

/// <summary>Step <paramref name="TaskId"/> created a durable timer due at <paramref name="FireAt"/> (UTC).</summary>
public sealed record TimerCreatedEvent(int TaskId, DateTime FireAt) : HistoryEvent;
