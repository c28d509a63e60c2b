namespace MentorFlows.Workflows.Clearance;

/// <summary>A clearance wait: the uncleared mentor, when the wait began, and the number of the next weekly reminder (from 1).</summary>
public sealed record ClearanceReminderInput(string MentorId, DateTime WaitingSinceUtc, int Number = 1);
