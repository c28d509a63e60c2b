using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// How a match stood at the end of the run, from the timeline (matches are recorded as made; what became of them is
/// in the timeline): ended (why and when), paused, or still running.
/// </summary>
internal sealed record MatchEnding(MatchStatus Status, MatchEndReason? Reason, DateTime? AtUtc)
{
    /// <summary>The latest state of each match id the timeline mentions.</summary>
    public static IReadOnlyDictionary<string, MatchEnding> For(IEnumerable<TimelineEntry> timeline)
    {
        var endings = new Dictionary<string, MatchEnding>(StringComparer.Ordinal);
        foreach (var entry in timeline.OrderBy(e => e.AtUtc))
        {
            MatchEnding? ending = entry.Kind switch
            {
                TimelineEventKind.MatchClosed => new MatchEnding(MatchStatus.Ended, MatchEndReason.SchemeClosed, entry.AtUtc),
                TimelineEventKind.MatchDissolved => new MatchEnding(MatchStatus.Ended, MatchEndReason.Dissolved, entry.AtUtc),
                TimelineEventKind.MatchEnded => new MatchEnding(MatchStatus.Ended, ReasonOf(entry), entry.AtUtc),
                TimelineEventKind.MatchPaused => new MatchEnding(MatchStatus.Paused, null, entry.AtUtc),
                _ => null,
            };

            // An end is final: a later "paused" or a second end does not reopen or rename it.
            if (ending is not null && (!endings.TryGetValue(entry.Subject, out var known) || known.Status != MatchStatus.Ended))
            {
                endings[entry.Subject] = ending;
            }
        }

        return endings;
    }

    private static MatchEndReason? ReasonOf(TimelineEntry entry) =>
        entry.Details?.FirstOrDefault(d => string.Equals(d.Key, "reason", StringComparison.OrdinalIgnoreCase)).Value is { } text
            && Enum.TryParse<MatchEndReason>(text, ignoreCase: true, out var reason)
            ? reason
            : null;
}
