using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// What a simulated year produced. <see cref="Timeline"/> and <see cref="Summary"/> are free of personal data
/// (ids and counts); <see cref="Matches"/> and <see cref="Unmatched"/> are not (student ids with the matcher's
/// reasons, as made, kept for the coordinator's report after the stores were erased). The emails went to the
/// request's mailer.
/// </summary>
public sealed record SimulationResult(
    DateTime FromUtc,
    DateTime ToUtc,
    IReadOnlyList<TimelineEntry> Timeline,
    SimulationSummary Summary,
    IReadOnlyList<MatchRecord> Matches,
    IReadOnlyList<WaitingMentee> Unmatched,
    IReadOnlyList<ErasureReceipt> ErasureReceipts,
    IReadOnlyList<SchoolTally> SchoolStatistics);
