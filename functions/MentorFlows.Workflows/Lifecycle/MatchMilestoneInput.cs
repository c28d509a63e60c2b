namespace MentorFlows.Workflows.Lifecycle;

public sealed record MatchMilestoneInput(string MatchId, MatchMilestone Milestone, DateTime AtUtc);
