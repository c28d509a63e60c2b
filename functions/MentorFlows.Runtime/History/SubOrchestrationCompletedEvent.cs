namespace MentorFlows.Runtime.History;

/// <summary>The child started at step <paramref name="TaskScheduledId"/> completed with <paramref name="Result"/>.</summary>
public sealed record SubOrchestrationCompletedEvent(int TaskScheduledId, string? Result) : HistoryEvent;
