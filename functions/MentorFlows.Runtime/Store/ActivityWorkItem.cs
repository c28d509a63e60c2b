namespace MentorFlows.Runtime.Store;

/// <summary>A locked activity task. It stays in the store until its result is committed, so a crash re-runs it.</summary>
public sealed record ActivityWorkItem(long Id, string InstanceId, string ExecutionId, int TaskId, string Name, string? Input);
