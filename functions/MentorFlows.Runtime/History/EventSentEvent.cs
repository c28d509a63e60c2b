namespace MentorFlows.Runtime.History;

/// <summary>Step <paramref name="TaskId"/> raised event <paramref name="Name"/> on instance <paramref name="InstanceId"/>.</summary>
public sealed record EventSentEvent(int TaskId, string InstanceId, string Name, string? Input) : HistoryEvent;
