namespace MentorFlows.Workflows.Clearance;

public sealed record ClearanceReminderStep(string MentorId, int Number, DateTime AtUtc);
