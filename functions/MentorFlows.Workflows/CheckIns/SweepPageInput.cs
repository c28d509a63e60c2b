namespace MentorFlows.Workflows.CheckIns;

/// <summary>
/// One page of a scheme-wide sweep over current matches grouped by mentor: the mentors after
/// <see cref="AfterMentorId"/> (null: from the first), at most <see cref="MaxMentors"/>. <see cref="Round"/> is the
/// check-in round being sent (0 for the closure sweep).
/// </summary>
public sealed record SweepPageInput(int Round, string? AfterMentorId, int MaxMentors, DateTime AtUtc);
