namespace MentorFlows.Runtime.Store;

/// <summary>
/// An instance to create, Pending, with an <c>ExecutionStarted</c> message visible at <paramref name="StartAt"/>.
/// Creating over a finished instance of the same id replaces it (history, inbox and work included), as Durable does;
/// creating over an active one is refused.
/// </summary>
public sealed record NewInstance(
    string InstanceId,
    string Name,
    string ExecutionId,
    string? Input,
    DateTime CreatedAt,
    DateTime StartAt,
    ParentLink? Parent = null);
