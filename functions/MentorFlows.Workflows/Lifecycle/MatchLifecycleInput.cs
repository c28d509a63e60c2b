namespace MentorFlows.Workflows.Lifecycle;

/// <summary>A match lifecycle's state between milestones: the opaque match id, when it was made, the next milestone.</summary>
public sealed record MatchLifecycleInput(string MatchId, DateTime MatchedAtUtc, MatchMilestone Next = MatchMilestone.Introduction);
