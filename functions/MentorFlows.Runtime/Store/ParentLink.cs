namespace MentorFlows.Runtime.Store;

/// <summary>Where a sub-orchestration reports back: the parent instance, its execution and the step that started the child.</summary>
public sealed record ParentLink(string InstanceId, string ExecutionId, int TaskId);
