namespace MentorFlows.Api.Coordinator;

/// <summary>Matches still on record by status, and mentees waiting for a mentor.</summary>
public sealed record MatchCounts(int Active, int Paused, int Ended, int WaitingMentees);
