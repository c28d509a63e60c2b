namespace MentorFlows.Runtime.History;

/// <summary>The activity of step <paramref name="TaskScheduledId"/> returned <paramref name="Result"/>.</summary>
public sealed record TaskCompletedEvent(int TaskScheduledId, string? Result) : HistoryEvent;
