using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Store;

/// <summary>
/// Everything one episode changes, applied by the store in one transaction and then unlocking the instance: the
/// consumed messages go, the history grows (or restarts for <c>ContinueAsNew</c>), the instance record is replaced, and
/// new messages, activities and child instances appear. When the execution ends or continues as new, every message
/// still addressed to it (timers, late results) is deleted with it.
/// </summary>
public sealed record OrchestrationCommit(
    string InstanceId,
    string ExecutionId,
    IReadOnlyList<long> ConsumedMessageIds,
    IReadOnlyList<HistoryEvent> AppendedHistory,
    InstanceRecord Instance)
{
    /// <summary>
    /// How many history events the episode replayed. A store that holds a different number now (another engine on a
    /// shared store committed the step first) applies nothing but unlocks, so a step is never recorded twice.
    /// </summary>
    public int ReplayedHistoryLength { get; init; }

    /// <summary>True when the history is replaced by <see cref="AppendedHistory"/> (a new execution began).</summary>
    public bool ResetHistory { get; init; }

    /// <summary>True when the execution <see cref="ExecutionId"/> ended (finished or continued as new).</summary>
    public bool ExecutionEnded { get; init; }

    public IReadOnlyList<OutboundMessage> Messages { get; init; } = [];

    public IReadOnlyList<NewActivity> Activities { get; init; } = [];

    /// <summary>Children to create; a child whose id is active already makes its parent's step fail instead.</summary>
    public IReadOnlyList<NewInstance> SubOrchestrations { get; init; } = [];
}
