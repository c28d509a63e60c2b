using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Concerns;

public sealed record ConcernDecisionInput(ConcernReference Reference, ConcernOutcome Outcome, DateTime AtUtc);
