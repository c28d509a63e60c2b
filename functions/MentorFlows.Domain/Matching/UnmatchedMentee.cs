namespace MentorFlows.Domain.Matching;

/// <summary>A mentee left without a mentor, with the reason as a state and in words for a coordinator.</summary>
public sealed record UnmatchedMentee(string MenteeId, string School, UnmatchedReason Reason, string Explanation);
