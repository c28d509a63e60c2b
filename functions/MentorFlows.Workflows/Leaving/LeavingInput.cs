namespace MentorFlows.Workflows.Leaving;

/// <summary>
/// A leaving's state. <see cref="StudentId"/> is null once the student is erased: the instance continues as new with
/// this input so that its history no longer names them.
/// </summary>
public sealed record LeavingInput(string? StudentId, LeaveReason Reason, DateTime LeftAtUtc, LeavingStage Stage = LeavingStage.Leaving);
