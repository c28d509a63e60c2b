namespace MentorFlows.Workflows.Simulation;

/// <summary>A mentor completes training, contract and right-to-work checks.</summary>
public sealed record MentorClearedEvent(DateTime At, string StudentId) : SimulationEvent(At);
