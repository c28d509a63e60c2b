using MentorFlows.Api.Html;
using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// <c>report.html</c>: the year for a coordinator in one self-contained file, readable from disk without a server
/// and fetching nothing (inline CSS, one small inline script, a Content-Security-Policy that allows nothing else).
/// Sections: the scheme at a glance, the matches, the timeline, every email. Every value is HTML-encoded
/// (<see cref="HtmlBuilder"/>); an email's HTML body is shown only inside a sandboxed iframe (no scripts, no
/// same-origin), built by the script when the email is opened, so thousands of emails cost nothing until read.
/// Without the script every email still shows its headers and plain-text version.
/// </summary>
public static partial class ReportHtml
{
    public const string FileName = "report.html";

    public static string Render(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var view = new ReportView(input);
        var html = new HtmlBuilder();
        var title = $"{input.Scheme.Name}: the year {ReportClock.Date(input.Scheme.Start)} to {ReportClock.Date(input.Scheme.End)}";
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '{ScriptHash}'">
            <meta name="robots" content="noindex">
            <title>{title}</title>
            <style>{new TrustedHtml(ReportAssets.Styles)}</style>
            </head>
            <body>
            <header class="page-header">
            <p class="eyebrow">Peer mentoring · coordinator's report</p>
            <h1>{input.Scheme.Name}</h1>
            <p class="lede">Scheme year {ReportClock.Date(input.Scheme.Start)} to {ReportClock.Date(input.Scheme.End)}. This run covers {view.Clock.Instant(input.FromUtc)} to {view.Clock.Instant(input.ToUtc)}. All times are {Zone(input.Scheme)} time.</p>
            <nav aria-label="Sections"><a href="#glance">At a glance</a><a href="#matches">Matches</a><a href="#timeline">Timeline</a><a href="#emails">Emails</a></nav>
            </header>
            <main>

            """);
        Glance(html, view);
        Matches(html, view);
        Timeline(html, view);
        Emails(html, view);
        html.Append($"""
            </main>
            <footer class="page-footer">
            <p>Made by MentorFlows from this run's outbox, timeline and summary. This report names students and shows their emails: keep it as you keep the scheme's records, and delete it with them.</p>
            </footer>
            <script>{new TrustedHtml(ReportAssets.Script)}</script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>The CSP source that allows exactly the report's one inline script.</summary>
    internal static string ScriptHash { get; } =
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ReportAssets.Script)));

    private static string Zone(SchemeSettings scheme) =>
        scheme.TimeZone == "Europe/London" ? "UK" : scheme.TimeZone;
}
