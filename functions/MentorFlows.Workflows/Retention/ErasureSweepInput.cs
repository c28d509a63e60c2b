namespace MentorFlows.Workflows.Retention;

/// <summary>One batch of the final erasure: at most <see cref="MaxParticipants"/> erased per activity call.</summary>
public sealed record ErasureSweepInput(int MaxParticipants, DateTime AtUtc);
