namespace MentorFlows.Workflows.Leaving;

public sealed record RecordLeavingInput(string StudentId, LeaveReason Reason, DateTime LeftAtUtc);
