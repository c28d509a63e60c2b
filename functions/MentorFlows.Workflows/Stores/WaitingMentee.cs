using MentorFlows.Domain.Matching;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// A mentee without a mentor after the latest matching, with the reason (as a state and in a coordinator's words) and
/// since when they have waited (UTC): waiting mentees are matched first when capacity appears.
/// </summary>
public sealed record WaitingMentee(string MenteeId, string School, UnmatchedReason Reason, string Explanation, DateTime SinceUtc);
