namespace MentorFlows.Workflows.Simulation;

/// <summary>A (late or corrected) cohort file is uploaded; <see cref="Path"/> is relative to the events file.</summary>
public sealed record CohortUploadEvent(DateTime At, string Path) : SimulationEvent(At);
