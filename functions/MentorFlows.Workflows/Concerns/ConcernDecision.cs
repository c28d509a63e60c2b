using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Concerns;

/// <summary>A coordinator's decision, raised on <c>concern-{reference}</c> as event <c>nameof(ConcernDecision)</c>.</summary>
public sealed record ConcernDecision(ConcernOutcome Outcome);
