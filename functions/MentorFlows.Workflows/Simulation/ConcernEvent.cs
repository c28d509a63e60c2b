namespace MentorFlows.Workflows.Simulation;

/// <summary>
/// A concern is reported. <see cref="Label"/> names it within the events file only, so a later
/// <see cref="ConcernDecisionEvent"/> can refer to it before its reference number exists.
/// <see cref="Category"/> is a DESIGN.md wire name (harassment, safeguarding, ...).
/// </summary>
public sealed record ConcernEvent(
    DateTime At,
    string Label,
    string ReporterStudentId,
    string AboutStudentId,
    string Category,
    bool ImmediateRisk,
    string Description) : SimulationEvent(At);
