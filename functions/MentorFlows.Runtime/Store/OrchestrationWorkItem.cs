using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Store;

/// <summary>A locked instance: its record, its whole history (oldest first) and the inbox messages visible now (by id).</summary>
public sealed record OrchestrationWorkItem(
    InstanceRecord Instance,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<OrchestrationMessage> Messages);
