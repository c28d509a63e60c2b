namespace MentorFlows.Runtime.Store;

/// <summary>An activity to run for step <paramref name="TaskId"/> of execution <paramref name="ExecutionId"/>.</summary>
public sealed record NewActivity(string InstanceId, string ExecutionId, int TaskId, string Name, string? Input);
