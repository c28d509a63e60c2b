namespace MentorFlows.Workflows.Matching;

/// <summary>How many matches a run made and how many mentees still wait.</summary>
public sealed record MatchingResult(int Matched, int Waiting);
