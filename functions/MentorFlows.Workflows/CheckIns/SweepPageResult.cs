namespace MentorFlows.Workflows.CheckIns;

/// <summary>Where a sweep page stopped (the last mentor id it covered) and whether more may follow.</summary>
public sealed record SweepPageResult(string? LastMentorId, bool HasMore, int Sent, int Skipped, int Signals);
