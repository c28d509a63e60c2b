namespace MentorFlows.Workflows.Simulation;

/// <summary>A student opts out (a mentor opting out is a resignation).</summary>
public sealed record OptOutEvent(DateTime At, string StudentId) : SimulationEvent(At);
