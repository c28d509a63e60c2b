using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Concerns;

/// <summary>How a concern ended: its outcome, and how many people its decision released for erasure.</summary>
public sealed record ConcernResult(ConcernOutcome Outcome, int Released);
