namespace MentorFlows.Runtime.History;

/// <summary>
/// An execution began with <paramref name="Input"/>. <paramref name="CarriedOverEvents"/> are the events a
/// <c>ContinueAsNew</c> kept from the previous execution; they are delivered right after the start, in order.
/// </summary>
public sealed record ExecutionStartedEvent(
    string Name,
    string ExecutionId,
    string? Input,
    IReadOnlyList<EventRaisedEvent>? CarriedOverEvents = null) : HistoryEvent;
