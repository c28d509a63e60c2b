using MentorFlows.Api.Html;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Reporting;

/// <summary>The matches of the run (names, School, score, reasons, how each ended) and who is still waiting.</summary>
public static partial class ReportHtml
{
    private static void Matches(HtmlBuilder html, ReportView view)
    {
        var people = view.People;
        var matches = view.Input.Matches
            .OrderBy(m => m.School, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => people.NameOf(m.MenteeId), StringComparer.CurrentCulture)
            .ThenBy(m => m.MatchedAtUtc)
            .ToList();
        html.Append($"""
            <section id="matches">
            <h2>Matches</h2>
            <p class="note">{matches.Count} matches made in this run, first matching and re-matches. Score: preference points (same course, the mentee's gender preference, even group sizes).</p>
            <table class="matches">
            <thead><tr><th scope="col">Mentee</th><th scope="col">Mentor</th><th scope="col" class="num">Score</th><th scope="col">Why this match</th><th scope="col">Matched</th><th scope="col">End of run</th></tr></thead>

            """);
        foreach (var school in matches.GroupBy(m => m.School, StringComparer.OrdinalIgnoreCase))
        {
            html.Append($"<tbody><tr class=\"group\"><th scope=\"rowgroup\" colspan=\"6\">{school.First().School} <span class=\"muted\">{school.Count()} matches</span></th></tr>\n");
            foreach (var match in school)
            {
                html.Append($"<tr><td>{people.NameOf(match.MenteeId)}<br><span class=\"id\">{match.MenteeId}</span></td><td>{people.NameOf(match.MentorId)}<br><span class=\"id\">{match.MentorId}</span></td>");
                html.Append($"<td class=\"num\">{match.Score}</td><td class=\"reasons\">{string.Join(" · ", match.Reasons)}</td>");
                html.Append($"<td>{view.Clock.Date(match.MatchedAtUtc)}</td><td>{Status(view, match)}</td></tr>\n");
            }

            html.Append($"</tbody>\n");
        }

        if (matches.Count == 0)
        {
            html.Append($"<tbody><tr><td colspan=\"6\" class=\"muted\">No match was made.</td></tr></tbody>\n");
        }

        html.Append($"</table>\n");
        Waiting(html, view);
        html.Append($"</section>\n");
    }

    private static void Waiting(HtmlBuilder html, ReportView view)
    {
        var waiting = view.Input.Unmatched.OrderBy(w => w.School, StringComparer.OrdinalIgnoreCase).ThenBy(w => view.People.NameOf(w.MenteeId), StringComparer.CurrentCulture).ToList();
        html.Append($"<h3>Still waiting for a mentor</h3>\n");
        if (waiting.Count == 0)
        {
            html.Append($"<p class=\"muted\">Every mentee had a mentor by the end of the run.</p>\n");
            return;
        }

        html.Append($"<table class=\"figures\"><thead><tr><th scope=\"col\">Mentee</th><th scope=\"col\">School</th><th scope=\"col\">Why</th><th scope=\"col\">Waiting since</th></tr></thead><tbody>\n");
        foreach (var mentee in waiting)
        {
            html.Append($"<tr><td>{view.People.NameOf(mentee.MenteeId)} <span class=\"id\">{mentee.MenteeId}</span></td><td>{mentee.School}</td><td>{mentee.Explanation}</td><td>{view.Clock.Date(mentee.SinceUtc)}</td></tr>\n");
        }

        html.Append($"</tbody></table>\n");
    }

    private static TrustedHtml Status(ReportView view, MatchRecord match)
    {
        var ending = view.EndingOf(match);
        var status = new HtmlBuilder();
        var since = ending.AtUtc is { } at ? view.Clock.Date(at) : string.Empty;
        return ending.Status switch
        {
            MatchStatus.Active => status.Append($"<span class=\"tag ok\">running</span>").ToTrusted(),
            MatchStatus.Paused => status.Append($"<span class=\"tag warn\">paused</span><br>{since}").ToTrusted(),
            _ => status.Append($"<span class=\"tag {(ending.Reason == MatchEndReason.SchemeClosed ? "done" : "warn")}\">{Ended(ending.Reason)}</span><br>{since}").ToTrusted(),
        };
    }

    private static string Ended(MatchEndReason? reason) => reason switch
    {
        MatchEndReason.SchemeClosed => "closed at year end",
        MatchEndReason.MenteeOptedOut => "mentee opted out",
        MatchEndReason.MentorResigned => "mentor resigned",
        MatchEndReason.Dissolved => "dissolved after a concern",
        MatchEndReason.MenteeRemoved => "mentee removed",
        MatchEndReason.MentorRemoved => "mentor removed",
        null => "ended",
        _ => TimelineWords.Split(reason.Value.ToString()).ToLowerInvariant(),
    };
}
