namespace MentorFlows.Workflows.Lifecycle;

/// <summary>How a match lifecycle finished: at closure, or ended early by a signal before <see cref="Milestone"/>.</summary>
public sealed record MatchLifecycleResult(MatchMilestone Milestone, bool EndedEarly);
