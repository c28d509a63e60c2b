using MentorFlows.Api.Html;
using MentorFlows.Domain;
using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Api.Concerns;

/// <summary>The HTML of the coordinator's concern pages; every value goes through <see cref="HtmlBuilder"/>'s encoding.</summary>
internal static class ConcernViews
{
    public static TrustedHtml List(IReadOnlyList<ConcernSummary> concerns, string filter, string concernsPath)
    {
        var html = new HtmlBuilder();
        html.Append($"<p>Showing {filter} concerns ({concerns.Count}). <a href=\"{concernsPath}?status=open\">Open</a> · <a href=\"{concernsPath}?status=decided\">Decided</a> · <a href=\"{concernsPath}?status=all\">All</a></p>");
        if (concerns.Count == 0)
        {
            html.Append($"<p>None.</p>");
            return html.ToTrusted();
        }

        html.Append($"<table><caption class=\"note\">Newest first</caption><thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Category</th><th scope=\"col\">Immediate risk</th><th scope=\"col\">Raised (UTC)</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var c in concerns.OrderByDescending(c => c.RaisedAtUtc))
        {
            html.Append($"<tr><td><a href=\"{concernsPath}/{c.Reference.Value}\">{c.Reference.Value}</a></td><td>{WireName.Of(c.Category)}</td><td>{(c.ImmediateRisk ? "Yes" : "No")}</td>");
            html.Append($"<td>{c.RaisedAtUtc:yyyy-MM-dd HH:mm}</td><td>{(c.Outcome is { } outcome ? $"decided: {WireName.Of(outcome)}" : "open")}</td></tr>");
        }

        html.Append($"</tbody></table>");
        return html.ToTrusted();
    }

    /// <summary>One concern with its text and, while open, the decision form posting to the decision route.</summary>
    public static TrustedHtml Detail(ConcernDetail detail, string decisionPath)
    {
        var c = detail.Concern;
        var html = new HtmlBuilder();
        html.Append($"<dl><dt>Reference</dt><dd>{c.Reference.Value}</dd><dt>Category</dt><dd>{WireName.Of(c.Category)}</dd>");
        html.Append($"<dt>Immediate risk</dt><dd>{(c.ImmediateRisk ? "Yes" : "No")}</dd><dt>Raised (UTC)</dt><dd>{c.RaisedAtUtc:yyyy-MM-dd HH:mm}</dd>");
        html.Append($"<dt>Reported by</dt><dd>{c.ReporterId ?? "(erased)"}</dd><dt>About</dt><dd>{c.AboutId ?? "(erased)"}</dd>");
        html.Append($"<dt>Decided (UTC)</dt><dd>{(c.DecidedAtUtc is { } at ? $"{at:yyyy-MM-dd HH:mm}: {WireName.Of(c.Outcome!.Value)}" : "not yet")}</dd></dl>");
        html.Append($"<h2>What was reported</h2><p class=\"note\">Confidential: for the scheme coordinators only.</p>");
        html.Append($"<div class=\"text\">{detail.Text ?? "(The text has been erased.)"}</div>");
        if (c.Status == ConcernStatus.Open)
        {
            html.Append($"<h2>Decision</h2><form method=\"post\" action=\"{decisionPath}\"><fieldset><legend>Outcome (final once recorded)</legend>");
            foreach (var outcome in Enum.GetValues<ConcernOutcome>())
            {
                var name = WireName.Of(outcome);
                html.Append($"<div><input type=\"radio\" id=\"outcome-{name}\" name=\"outcome\" value=\"{name}\" required><label for=\"outcome-{name}\" style=\"display:inline\">{Label(outcome)}</label></div>");
            }

            html.Append($"</fieldset><button type=\"submit\">Record decision</button></form>");
        }

        return html.ToTrusted();
    }

    private static string Label(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.NoAction => "No action",
        ConcernOutcome.AdviceGiven => "Advice given",
        ConcernOutcome.MatchPaused => "Pause the match",
        ConcernOutcome.MatchDissolved => "Dissolve the match",
        ConcernOutcome.MemberRemoved => "Remove the member from the scheme",
        _ => WireName.Of(outcome),
    };
}
