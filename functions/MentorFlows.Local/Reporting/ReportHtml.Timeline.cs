using MentorFlows.Api.Html;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Reporting;

/// <summary>The timeline, month by month (collapsed), each entry with its time, what happened and who or what it was about.</summary>
public static partial class ReportHtml
{
    private static void Timeline(HtmlBuilder html, ReportView view)
    {
        var months = view.Input.Timeline
            .OrderBy(e => e.AtUtc)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .GroupBy(e => view.Clock.MonthOf(e.AtUtc))
            .ToList();
        html.Append($"""
            <section id="timeline">
            <h2>Timeline</h2>
            <p class="note">{view.Input.Timeline.Count} entries. Open a month to see what happened. <label class="toggle"><input type="checkbox" id="show-email-entries" checked> show “email sent” entries</label></p>

            """);
        foreach (var month in months)
        {
            var notable = month
                .Where(e => !IsEmailEntry(e))
                .GroupBy(e => e.Kind)
                .OrderByDescending(g => g.Count())
                .Take(4)
                .Select(g => $"{TimelineWords.Of(g.Key).ToLowerInvariant()} {g.Count()}");
            html.Append($"<details class=\"month\"><summary><b>{ReportClock.Month(month.Key)}</b> <span class=\"muted\">{month.Count()} entries · {string.Join(" · ", notable)}</span></summary>\n");
            html.Append($"<table class=\"timeline\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">What</th><th scope=\"col\">About</th><th scope=\"col\">Details</th></tr></thead><tbody>\n");
            foreach (var entry in month)
            {
                html.Append($"<tr class=\"{(IsEmailEntry(entry) ? "t-email" : "t-" + entry.Kind.ToString().ToLowerInvariant())}\"><td class=\"when\">{view.Clock.DayAndTime(entry.AtUtc)}</td><td>{TimelineWords.Of(entry.Kind)}</td><td>");
                if (entry.Kind == TimelineEventKind.EmailSent)
                {
                    html.Append($"<a href=\"#email-{entry.Subject}\"><code>{entry.Subject}</code></a>");
                }
                else
                {
                    html.Text(view.Describe(entry.Subject));
                }

                html.Append($"</td><td>");
                foreach (var (key, value) in entry.Details ?? new Dictionary<string, string>())
                {
                    var shown = view.EmailIds.Contains(value)
                        ? new HtmlBuilder().Append($"<a href=\"#email-{value}\"><code>{value}</code></a>").ToTrusted()
                        : new HtmlBuilder().Text(view.Describe(value)).ToTrusted();
                    html.Append($"<span class=\"detail\"><span class=\"key\">{TimelineWords.Split(key).ToLowerInvariant()}</span> {shown}</span> ");
                }

                html.Append($"</td></tr>\n");
            }

            html.Append($"</tbody></table></details>\n");
        }

        if (months.Count == 0)
        {
            html.Append($"<p class=\"muted\">Nothing happened in this run.</p>\n");
        }

        html.Append($"</section>\n");
    }

    private static bool IsEmailEntry(TimelineEntry entry) => entry.Kind is TimelineEventKind.EmailSent or TimelineEventKind.EmailSkipped;
}
