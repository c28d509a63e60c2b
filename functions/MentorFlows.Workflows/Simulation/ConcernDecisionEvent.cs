namespace MentorFlows.Workflows.Simulation;

/// <summary>A coordinator decides the concern labelled <see cref="Label"/>; <see cref="Outcome"/> is a DESIGN.md wire name.</summary>
public sealed record ConcernDecisionEvent(DateTime At, string Label, string Outcome) : SimulationEvent(At);
