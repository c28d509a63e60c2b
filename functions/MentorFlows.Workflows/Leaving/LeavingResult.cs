namespace MentorFlows.Workflows.Leaving;

/// <summary>How a leaving ended: erased, or not (the student was not enrolled).</summary>
public sealed record LeavingResult(LeaveReason Reason, bool Erased);
