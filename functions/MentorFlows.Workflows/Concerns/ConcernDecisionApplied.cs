namespace MentorFlows.Workflows.Concerns;

/// <summary>
/// What a decision changed for the workflow to follow up: a match paused or ended (the lifecycle is told) and a
/// re-matching to run (a dissolved match's mentee). Opaque ids only.
/// </summary>
public sealed record ConcernDecisionApplied(string? PausedMatchId, string? EndedMatchId, string? RematchInstanceId);
