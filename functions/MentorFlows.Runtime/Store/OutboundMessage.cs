using MentorFlows.Runtime.History;

namespace MentorFlows.Runtime.Store;

/// <summary>
/// A message an episode sends, committed with it: a timer to itself, a child's result to its parent, an event to
/// another instance. Messages to an instance that does not exist or has finished are dropped, as in Durable.
/// An <see cref="EventRaisedEvent"/> to a Pending instance becomes visible no earlier than its start.
/// </summary>
public sealed record OutboundMessage(string InstanceId, string? ExecutionId, DateTime VisibleAt, HistoryEvent Event);
