namespace MentorFlows.Workflows.Retention;

/// <summary>How many a batch erased, how many open concerns hold, and whether more may be due.</summary>
public sealed record ErasureSweepResult(int Erased, int Held, bool HasMore);
