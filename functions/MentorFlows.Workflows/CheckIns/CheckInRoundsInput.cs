namespace MentorFlows.Workflows.CheckIns;

/// <summary>The scheme-level sweep's state: the next check-in round to send (from 1; past the last: the closure).</summary>
public sealed record CheckInRoundsInput(int NextRound = 1);
