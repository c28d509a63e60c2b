namespace MentorFlows.Workflows.CheckIns;

/// <summary>What the closure sweep did (the rounds before it continued as new).</summary>
public sealed record CheckInRoundsResult(int Rounds, int ClosureEmails);
