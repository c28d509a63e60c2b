using System.Text.Json.Serialization;

namespace MentorFlows.Runtime.History;

/// <summary>
/// One fact in an instance's event-sourced history, and the body of a message waiting in its inbox (a message becomes a
/// history event when an episode consumes it). Mirrors Durable Task's history event types; payloads are JSON strings
/// written with <c>WorkflowJson.Options</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(ExecutionStartedEvent), "executionStarted")]
[JsonDerivedType(typeof(OrchestratorStartedEvent), "orchestratorStarted")]
[JsonDerivedType(typeof(TaskScheduledEvent), "taskScheduled")]
[JsonDerivedType(typeof(TaskCompletedEvent), "taskCompleted")]
[JsonDerivedType(typeof(TaskFailedEvent), "taskFailed")]
[JsonDerivedType(typeof(TimerCreatedEvent), "timerCreated")]
[JsonDerivedType(typeof(TimerFiredEvent), "timerFired")]
[JsonDerivedType(typeof(EventRaisedEvent), "eventRaised")]
[JsonDerivedType(typeof(EventSentEvent), "eventSent")]
[JsonDerivedType(typeof(SubOrchestrationCreatedEvent), "subOrchestrationCreated")]
[JsonDerivedType(typeof(SubOrchestrationCompletedEvent), "subOrchestrationCompleted")]
[JsonDerivedType(typeof(SubOrchestrationFailedEvent), "subOrchestrationFailed")]
[JsonDerivedType(typeof(ExecutionCompletedEvent), "executionCompleted")]
[JsonDerivedType(typeof(ExecutionTerminatedEvent), "executionTerminated")]
public abstract record HistoryEvent;
