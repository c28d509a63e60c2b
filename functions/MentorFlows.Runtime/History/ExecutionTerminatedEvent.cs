namespace MentorFlows.Runtime.History;

/// <summary>A client terminated the instance; <paramref name="Reason"/> becomes its output.</summary>
public sealed record ExecutionTerminatedEvent(string? Reason) : HistoryEvent;
