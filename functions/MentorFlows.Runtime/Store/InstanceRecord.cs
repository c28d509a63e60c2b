using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Store;

/// <summary>
/// What the store keeps of an instance besides its history and inbox. <see cref="ExecutionId"/> changes on every
/// (re)start and <c>ContinueAsNew</c>, so results addressed to an earlier execution are recognised and dropped.
/// All times are UTC.
/// </summary>
public sealed record InstanceRecord(
    string InstanceId,
    string Name,
    string ExecutionId,
    OrchestrationRuntimeStatus Status,
    DateTime CreatedAt,
    DateTime LastUpdatedAt,
    DateTime ScheduledStartAt)
{
    public string? Input { get; init; }

    public string? Output { get; init; }

    public string? CustomStatus { get; init; }

    public TaskFailureDetails? Failure { get; init; }

    public ParentLink? Parent { get; init; }

    /// <summary>Running or Pending: an instance that still takes messages and whose id cannot be reused.</summary>
    public bool IsActive => Status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;
}
