namespace MentorFlows.Workflows.Simulation;

/// <summary>A mentor is unable to continue (000): their mentees are re-matched.</summary>
public sealed record MentorResignedEvent(DateTime At, string StudentId) : SimulationEvent(At);
