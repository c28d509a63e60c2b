namespace MentorFlows.Workflows.Leaving;

public sealed record LeavingEmailsInput(string StudentId, LeaveReason Reason, DateTime LeftAtUtc, IReadOnlyList<string> EndedMatchIds, DateTime AtUtc);
