using MentorFlows.Api.Html;
using MentorFlows.Local.Outbox;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Reporting;

/// <summary>Every email of the run, month by month, each openable to show its headers, its HTML as the recipient sees it, and its text.</summary>
public static partial class ReportHtml
{
    private static void Emails(HtmlBuilder html, ReportView view)
    {
        var emails = view.Input.Emails.OrderBy(e => e.SentAtUtc).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var kinds = Enum.GetValues<EmailKind>().Select(k => k.WireName()).Where(k => emails.Any(e => e.Kind == k)).ToList();
        html.Append($"""
            <section id="emails">
            <h2>Emails</h2>
            <p class="note">{emails.Count} emails, as sent, month by month. Open one to see it as its recipient does.
            <label class="toggle">Show <select id="kind-filter"><option value="">every kind</option>
            """);
        foreach (var kind in kinds)
        {
            html.Append($"<option value=\"{kind}\">{kind}</option>");
        }

        html.Append($"</select></label></p>\n");
        var first = true;
        foreach (var month in emails.GroupBy(e => view.Clock.MonthOf(e.SentAtUtc)))
        {
            var kindsThisMonth = month.GroupBy(e => e.Kind, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            html.Append($"<details class=\"email-month\"{new TrustedHtml(first ? " open" : string.Empty)}><summary>{ReportClock.Month(month.Key)} <span class=\"muted\">{month.Count()} emails: {string.Join(", ", kindsThisMonth)}</span></summary>\n");
            foreach (var email in month)
            {
                Email(html, view, email, open: first);
                first = false;
            }

            html.Append($"</details>\n");
        }

        if (emails.Count == 0)
        {
            html.Append($"<p class=\"muted\">No email was sent.</p>\n");
        }

        html.Append($"</section>\n");
    }

    private static void Email(HtmlBuilder html, ReportView view, OutboxEntry email, bool open)
    {
        var to = string.Join(", ", email.To.Select(a => a.Name ?? a.Address));
        html.Append($"<details class=\"email\" id=\"email-{email.Id}\" data-kind=\"{email.Kind}\"{new TrustedHtml(open ? " open" : string.Empty)}>");
        html.Append($"<summary><span class=\"when\">{view.Clock.DayAndTime(email.SentAtUtc)}</span><span class=\"pill kind-{email.Kind}\">{email.Kind}</span><span class=\"subject\">{email.Subject}</span><span class=\"to\">to {to}</span></summary>\n");
        html.Append($"<div class=\"email-open\"><dl class=\"headers\">");
        Header(html, "From", email.From.Display);
        if (email.ReplyTo is { } replyTo)
        {
            Header(html, "Reply-To", replyTo.Display);
        }

        Header(html, "To", string.Join(", ", email.To.Select(a => a.Display)));
        if (email.Cc.Count > 0)
        {
            Header(html, "Cc", string.Join(", ", email.Cc.Select(a => a.Display)));
        }

        Header(html, "Subject", email.Subject);
        Header(html, "Sent", view.Clock.Instant(email.SentAtUtc));
        Header(html, "About", string.Join(", ", email.StudentIds.Select(view.People.NameOf)));
        html.Append($"</dl>\n");
        html.Append($"<div class=\"preview\" data-html=\"{email.HtmlBody}\"><p class=\"muted\">The HTML version shows here when the page's script runs; the plain-text version is below.</p></div>\n");
        html.Append($"<details class=\"plain\"><summary>Plain-text version</summary><pre>{email.TextBody}</pre></details>\n");
        html.Append($"<p class=\"email-id\">Id <code>{email.Id}</code></p></div></details>\n");
    }

    private static void Header(HtmlBuilder html, string name, string value) =>
        html.Append($"<dt>{name}</dt><dd>{value}</dd>");
}
