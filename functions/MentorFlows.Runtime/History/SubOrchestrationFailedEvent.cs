using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.History;

/// <summary>The child started at step <paramref name="TaskScheduledId"/> failed, was terminated or could not start.</summary>
public sealed record SubOrchestrationFailedEvent(int TaskScheduledId, TaskFailureDetails Failure) : HistoryEvent;
