using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Concerns;

/// <summary>One step of a concern's workflow at <see cref="AtUtc"/>; <see cref="Number"/> is the reminder's number (0: escalation) where it applies.</summary>
public sealed record ConcernStepInput(ConcernReference Reference, DateTime AtUtc, int Number = 0);
