namespace MentorFlows.Runtime.History;

/// <summary>The timer of step <paramref name="TimerId"/> fired (it was due at <paramref name="FireAt"/>, UTC).</summary>
public sealed record TimerFiredEvent(int TimerId, DateTime FireAt) : HistoryEvent;
