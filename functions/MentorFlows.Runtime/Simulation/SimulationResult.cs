using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// What a simulated year produced. <see cref="Timeline"/> and <see cref="Summary"/> hold ids and counts only;
/// <see cref="Matches"/> (every match made, in order, with the matcher's reasons) and <see cref="Unmatched"/> (mentees
/// never matched all year, with the reason of the last matching that left them waiting) hold student ids with
/// reasons, captured when made, for the coordinator's report after the stores were erased. The emails went to the
/// request's mailer. <see cref="Events"/> says what each injected event's command did.
/// </summary>
public sealed record SimulationResult(
    DateTime FromUtc,
    DateTime ToUtc,
    IReadOnlyList<TimelineEntry> Timeline,
    SimulationSummary Summary,
    IReadOnlyList<MatchRecord> Matches,
    IReadOnlyList<WaitingMentee> Unmatched,
    IReadOnlyList<ErasureReceipt> ErasureReceipts,
    IReadOnlyList<SchoolTally> SchoolStatistics,
    IReadOnlyList<InjectedEvent> Events);
