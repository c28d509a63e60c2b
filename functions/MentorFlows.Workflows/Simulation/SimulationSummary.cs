namespace MentorFlows.Workflows.Simulation;

/// <summary>
/// <c>summary.json</c>: the run in counts (DESIGN.md). Anonymous by construction. <see cref="PersonalDataRemaining"/>
/// counts records in any store still holding personal data at the end of the run (0 after retention).
/// </summary>
public sealed record SimulationSummary(
    int Participants,
    int Mentees,
    int Mentors,
    int Matched,
    int Unmatched,
    IReadOnlyDictionary<string, int> EmailsByKind,
    int OptOuts,
    IReadOnlyDictionary<string, int> ConcernsByOutcome,
    int Erased,
    int PersonalDataRemaining);
