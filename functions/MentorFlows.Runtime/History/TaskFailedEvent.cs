using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.History;

/// <summary>The activity of step <paramref name="TaskScheduledId"/> threw.</summary>
public sealed record TaskFailedEvent(int TaskScheduledId, TaskFailureDetails Failure) : HistoryEvent;
