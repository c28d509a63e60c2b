using MentorFlows.Workflows.Timeline;
using NodaTime;

namespace MentorFlows.Local.Reporting;

/// <summary>What was erased on one day (scheme zone): participants erased, erasures held by an open concern, histories purged.</summary>
internal sealed record ErasureDay(LocalDate Date, int ParticipantsErased, int Held, int HistoryPurges)
{
    public static IReadOnlyList<ErasureDay> For(IEnumerable<TimelineEntry> timeline, ReportClock clock) =>
        [.. timeline
            .Where(e => e.Kind is TimelineEventKind.ParticipantErased or TimelineEventKind.ErasureHeld or TimelineEventKind.HistoriesPurged)
            .GroupBy(e => clock.Local(e.AtUtc).Date)
            .OrderBy(g => g.Key)
            .Select(g => new ErasureDay(
                g.Key,
                g.Count(e => e.Kind == TimelineEventKind.ParticipantErased),
                g.Count(e => e.Kind == TimelineEventKind.ErasureHeld),
                g.Count(e => e.Kind == TimelineEventKind.HistoriesPurged)))];
}
