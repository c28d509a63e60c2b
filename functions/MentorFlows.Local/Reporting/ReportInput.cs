using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Outbox;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// Everything <see cref="ReportHtml"/> shows. The report is for the coordinator and may name people: names come from
/// <see cref="Participants"/> (the cohort as read at the start of the run), never from the timeline, which holds ids.
/// </summary>
public sealed record ReportInput
{
    public required SchemeSettings Scheme { get; init; }

    /// <summary>Start of the simulated period (UTC, inclusive).</summary>
    public required DateTime FromUtc { get; init; }

    /// <summary>End of the simulated period (UTC, exclusive).</summary>
    public required DateTime ToUtc { get; init; }

    /// <summary>The students of the run (every cohort upload), for names and Schools.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>Every match made during the run (first matching and re-matches), with how and when each ended.</summary>
    public required IReadOnlyList<MatchRecord> Matches { get; init; }

    /// <summary>Mentees still without a mentor after the latest matching, with the reason.</summary>
    public required IReadOnlyList<WaitingMentee> Unmatched { get; init; }

    /// <summary>The anonymous receipts of every erasure: what was erased and when.</summary>
    public IReadOnlyList<ErasureReceipt> ErasureReceipts { get; init; } = [];

    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }

    /// <summary>The check-in answers the run accepted (from EVENTS.json): whether pairs met and for how long.</summary>
    public IReadOnlyList<CheckInResponseEvent> CheckInAnswers { get; init; } = [];

    /// <summary>The survey answers the run accepted (from EVENTS.json), for anonymous figures only.</summary>
    public IReadOnlyList<SurveyResponseEvent> SurveyAnswers { get; init; } = [];

    /// <summary>The outbox: every email sent, in sending order.</summary>
    public required IReadOnlyList<OutboxEntry> Emails { get; init; }

    public required SimulationSummary Summary { get; init; }
}
