using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.History;

/// <summary>The execution ended as <paramref name="Status"/> (Completed or Failed).</summary>
public sealed record ExecutionCompletedEvent(OrchestrationRuntimeStatus Status, string? Result, TaskFailureDetails? Failure) : HistoryEvent;
