namespace MentorFlows.Workflows.Simulation;

/// <summary>A check-in answer from a student about the current month.</summary>
public sealed record CheckInResponseEvent(DateTime At, string StudentId, bool Met, decimal? Hours) : SimulationEvent(At);
