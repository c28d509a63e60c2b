using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Reporting;

/// <summary>One concern's path through the year, from the timeline (reference, category and outcome only: never its text).</summary>
internal sealed record ConcernFigures(
    string Reference,
    DateTime? RaisedAtUtc,
    string? Category,
    bool ImmediateRisk,
    DateTime? AlertedAtUtc,
    int Reminders,
    DateTime? EscalatedAtUtc,
    DateTime? DecidedAtUtc,
    string? Outcome)
{
    public static IReadOnlyList<ConcernFigures> For(IEnumerable<TimelineEntry> timeline)
    {
        var concerns = new Dictionary<string, ConcernFigures>(StringComparer.Ordinal);
        foreach (var entry in timeline.OrderBy(e => e.AtUtc))
        {
            var current = concerns.GetValueOrDefault(entry.Subject) ?? new ConcernFigures(entry.Subject, null, null, false, null, 0, null, null, null);
            ConcernFigures? next = entry.Kind switch
            {
                TimelineEventKind.ConcernRaised => current with
                {
                    RaisedAtUtc = entry.AtUtc,
                    Category = Detail(entry, "category"),
                    ImmediateRisk = IsYes(Detail(entry, "riskOfHarm") ?? Detail(entry, "immediateRisk")),
                },
                TimelineEventKind.ConcernAlerted => current with { AlertedAtUtc = current.AlertedAtUtc ?? entry.AtUtc },
                TimelineEventKind.ConcernReminderSent => current with { Reminders = current.Reminders + 1 },
                TimelineEventKind.ConcernEscalated => current with { EscalatedAtUtc = entry.AtUtc },
                TimelineEventKind.ConcernDecided => current with { DecidedAtUtc = entry.AtUtc, Outcome = Detail(entry, "outcome") },
                _ => null,
            };
            if (next is not null)
            {
                concerns[entry.Subject] = next;
            }
        }

        return [.. concerns.Values.OrderBy(c => c.RaisedAtUtc ?? DateTime.MaxValue).ThenBy(c => c.Reference, StringComparer.Ordinal)];
    }

    private static bool IsYes(string? value) => value is not null && (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string? Detail(TimelineEntry entry, string key) =>
        entry.Details?.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
