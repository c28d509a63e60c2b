using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Store;

/// <summary>
/// A message in an instance's inbox. <paramref name="Id"/> orders messages (store-assigned, increasing);
/// <paramref name="ExecutionId"/> is set on results, timers and starts (dropped when the execution has moved on) and
/// null on external events and terminations (which follow the instance across <c>ContinueAsNew</c>).
/// </summary>
public sealed record OrchestrationMessage(long Id, string InstanceId, string? ExecutionId, DateTime VisibleAt, HistoryEvent Event);
