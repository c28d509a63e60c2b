namespace MentorFlows.Runtime.History;

/// <summary>Step <paramref name="TaskId"/> started orchestrator <paramref name="Name"/> as child <paramref name="InstanceId"/>.</summary>
public sealed record SubOrchestrationCreatedEvent(int TaskId, string Name, string InstanceId, string? Input) : HistoryEvent;
