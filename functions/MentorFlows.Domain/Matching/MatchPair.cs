namespace MentorFlows.Domain.Matching;

/// <summary>A mentee and a mentor named by student id: an existing match, or a pair dissolved before.</summary>
public sealed record MatchPair(string MenteeId, string MentorId);
