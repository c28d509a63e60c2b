using MentorFlows.Api.Html;
using System.Globalization;
using MentorFlows.Domain;
using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Reporting;

/// <summary>The scheme at a glance: headline figures, matching by School, engagement, surveys, concerns, erasure, emails.</summary>
public static partial class ReportHtml
{
    private static void Glance(HtmlBuilder html, ReportView view)
    {
        var summary = view.Input.Summary;
        var concerns = summary.ConcernsByOutcome.Values.Sum();
        var remaining = summary.PersonalDataRemaining;
        html.Append($"""
            <section id="glance">
            <h2>At a glance</h2>
            <div class="cards">
            {Card("Participants", summary.Participants, $"{summary.Mentees} mentees, {summary.Mentors} mentors")}
            {Card("Matched", summary.Matched, "mentees who had a mentor")}
            {Card("Unmatched", summary.Unmatched, "mentees still waiting at the end", summary.Unmatched > 0 ? "warn" : null)}
            {Card("Emails sent", view.Input.Emails.Count, "to students and staff")}
            {Card("Opt-outs", summary.OptOuts, "students who left")}
            {Card("Concerns", concerns, "reported in the run")}
            {Card("Erased", summary.Erased, "participants' personal data")}
            {Card("Personal data left", remaining, remaining == 0 ? "nothing personal remains" : "records still hold personal data", remaining == 0 ? "good" : "warn")}
            </div>

            """);
        Schools(html, view);
        Engagement(html, view);
        Surveys(html, view);
        Concerns(html, view);
        Erasure(html, view);
        EmailCounts(html, view);
        html.Append($"</section>\n");
    }

    private static TrustedHtml Card(string label, int value, string note, string? tone = null) =>
        new HtmlBuilder()
            .Append($"<div class=\"card{(tone is null ? string.Empty : " " + tone)}\"><div class=\"card-value\">{value}</div><div class=\"card-label\">{label}</div><div class=\"card-note\">{note}</div></div>")
            .ToTrusted();

    private static void Schools(HtmlBuilder html, ReportView view)
    {
        html.Append($"""
            <h3>Matching by School</h3>
            <table class="figures">
            <thead><tr><th scope="col">School</th><th scope="col" class="num">Mentees</th><th scope="col" class="num">Mentors (cleared at start)</th><th scope="col" class="num">Matched</th><th scope="col" class="num">Waiting</th><th scope="col">Why they wait</th></tr></thead>
            <tbody>

            """);
        foreach (var school in SchoolFigures.For(view.Input))
        {
            html.Append($"<tr><th scope=\"row\">{school.School}</th><td class=\"num\">{school.Mentees}</td><td class=\"num\">{school.Mentors} ({school.ClearedMentors})</td><td class=\"num\">{school.Matched}</td><td class=\"num{(school.Waiting > 0 ? " warn-text" : string.Empty)}\">{school.Waiting}</td><td>");
            if (school.WaitingReasons.Count == 0)
            {
                html.Append($"<span class=\"muted\">nobody waiting</span>");
            }
            else
            {
                html.Append($"<ul class=\"plain\">");
                foreach (var (reason, count) in school.WaitingReasons)
                {
                    html.Append($"<li>{count} × {reason}</li>");
                }

                html.Append($"</ul>");
            }

            html.Append($"</td></tr>\n");
        }

        html.Append($"</tbody></table>\n");
    }

    private static void Engagement(HtmlBuilder html, ReportView view)
    {
        var months = EngagementMonth.For(view.Input, view.Clock);
        html.Append($"""
            <h3>Engagement by month</h3>
            <p class="note">Each monthly round asks about the month before it; answers are counted in the month they arrived.</p>
            <table class="figures">
            <thead><tr><th scope="col">Month</th><th scope="col" class="num">Check-in emails</th><th scope="col" class="num">Pairs answered</th><th scope="col">Answers saying they met</th><th scope="col" class="num">Hours reported</th><th scope="col" class="num">Nudges to mentors</th><th scope="col" class="num">Flags to coordinator</th></tr></thead>
            <tbody>

            """);
        if (months.Count == 0)
        {
            html.Append($"<tr><td colspan=\"7\" class=\"muted\">No check-ins in this run.</td></tr>\n");
        }

        foreach (var month in months)
        {
            var share = month.AnswersGiven == 0 ? 0 : (int)Math.Round(100.0 * month.AnswersMet / month.AnswersGiven);
            html.Append($"<tr><th scope=\"row\">{ReportClock.Month(month.Month)}</th><td class=\"num\">{month.CheckInEmails}</td><td class=\"num\">{month.Answers}</td>");
            html.Append($"<td><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{share}%\"></span></span> {month.AnswersMet} of {month.AnswersGiven}</td>");
            html.Append($"<td class=\"num\">{month.Hours.ToString("0.#", CultureInfo.InvariantCulture)}</td><td class=\"num\">{month.Nudges}</td><td class=\"num\">{month.Flags}</td></tr>\n");
        }

        html.Append($"</tbody></table>\n");
    }

    private static void Surveys(HtmlBuilder html, ReportView view)
    {
        html.Append($"""
            <h3>Review and feedback surveys</h3>
            <p class="note">Anonymous: how many answered each survey, how they rated their mentoring (1 not well at all, 5 very well) and whether they would recommend the scheme. Comments are never shown here.</p>
            <table class="figures">
            <thead><tr><th scope="col">Survey</th><th scope="col" class="num">Emails sent</th><th scope="col" class="num">Answers</th><th scope="col" class="num">Mean rating</th><th scope="col">Would recommend</th></tr></thead>
            <tbody>

            """);
        foreach (var survey in SurveyResults.For(view.Input))
        {
            var share = survey.Answers == 0 ? 0 : (int)Math.Round(100.0 * survey.WouldRecommend / survey.Answers);
            var mean = survey.MeanRating is { } rating ? rating.ToString("0.0#", CultureInfo.InvariantCulture) : "—";
            html.Append($"<tr><th scope=\"row\">{Domain.Surveys.SurveyQuestions.Title(survey.Point)}</th><td class=\"num\">{survey.Sent}</td><td class=\"num\">{survey.Answers}</td><td class=\"num\">{mean}</td>");
            html.Append($"<td><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{share}%\"></span></span> {survey.WouldRecommend} of {survey.Answers}</td></tr>\n");
        }

        html.Append($"</tbody></table>\n");
    }

    private static void Concerns(HtmlBuilder html, ReportView view)
    {
        var byOutcome = view.Input.Summary.ConcernsByOutcome;
        html.Append($"<h3>Concerns by outcome</h3>\n<p class=\"outcomes\">");
        foreach (var outcome in WireName.All<ConcernOutcome>())
        {
            html.Append($"<span class=\"pill\">{Outcome(outcome)} <b>{byOutcome.GetValueOrDefault(outcome)}</b></span>");
        }

        foreach (var (outcome, count) in byOutcome.Where(o => !WireName.TryParse<ConcernOutcome>(o.Key, out _)))
        {
            html.Append($"<span class=\"pill\">{Outcome(outcome)} <b>{count}</b></span>");
        }

        html.Append($"</p>\n");
        var concerns = ConcernFigures.For(view.Input.Timeline);
        if (concerns.Count == 0)
        {
            html.Append($"<p class=\"muted\">No concerns were reported.</p>\n");
            return;
        }

        html.Append($"""
            <p class="note">A concern's text is confidential: it is never shown here. Open the coordinator's concern list to read it.</p>
            <table class="figures">
            <thead><tr><th scope="col">Reference</th><th scope="col">Reported</th><th scope="col">Category</th><th scope="col">Staff alerted</th><th scope="col" class="num">Reminders</th><th scope="col">Decided</th><th scope="col">Outcome</th></tr></thead>
            <tbody>

            """);
        foreach (var concern in concerns)
        {
            html.Append($"<tr><th scope=\"row\"><code>{concern.Reference}</code></th><td>{When(view, concern.RaisedAtUtc)}</td><td>{concern.Category ?? "—"}{(concern.ImmediateRisk ? " · immediate risk" : string.Empty)}</td>");
            html.Append($"<td>{When(view, concern.AlertedAtUtc)}</td><td class=\"num\">{concern.Reminders}</td><td>{When(view, concern.DecidedAtUtc)}{(concern.EscalatedAtUtc is null ? string.Empty : " (escalated)")}</td><td>{(concern.Outcome is null ? "open" : Outcome(concern.Outcome))}</td></tr>\n");
        }

        html.Append($"</tbody></table>\n");
    }

    private static void Erasure(HtmlBuilder html, ReportView view)
    {
        var days = ErasureDay.For(view.Input.ErasureReceipts, view.Clock);
        html.Append($"<h3>Personal data erased</h3>\n");
        if (days.Count == 0)
        {
            html.Append($"<p class=\"muted\">Nothing was erased in this run.</p>\n");
            return;
        }

        html.Append($"""
            <p class="note">From the anonymous erasure receipts: what was erased and when, naming nobody. What stays is counts per School.</p>
            <table class="figures">
            <thead><tr><th scope="col">Day</th><th scope="col">Why</th><th scope="col" class="num">Mentees</th><th scope="col" class="num">Mentors</th><th scope="col" class="num">Matches</th><th scope="col" class="num">Check-in answers</th><th scope="col" class="num">Survey answers</th><th scope="col" class="num">Concerns</th><th scope="col" class="num">Email copies</th><th scope="col" class="num">Workflow histories</th></tr></thead>
            <tbody>

            """);
        foreach (var day in days)
        {
            var why = day.Reason == ErasureReason.SchemeEnded ? "scheme ended, retention over" : "left early, retention over";
            html.Append($"<tr><th scope=\"row\">{ReportClock.Date(day.Date)}</th><td>{why}</td><td class=\"num\">{day.Mentees}</td><td class=\"num\">{day.Mentors}</td><td class=\"num\">{day.Records.Matches}</td><td class=\"num\">{day.Records.CheckInAnswers}</td><td class=\"num\">{day.Records.SurveyAnswers}</td><td class=\"num\">{day.Records.Concerns}</td><td class=\"num\">{day.Records.EmailCopies}</td><td class=\"num\">{day.Records.WorkflowHistories}</td></tr>\n");
        }

        html.Append($"</tbody></table>\n");
    }

    private static void EmailCounts(HtmlBuilder html, ReportView view)
    {
        var counts = view.Input.Emails.GroupBy(e => e.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        html.Append($"<h3>Emails by kind</h3>\n<p class=\"outcomes\">");
        foreach (var kind in Enum.GetValues<EmailKind>().Select(k => k.WireName()).Where(counts.ContainsKey))
        {
            html.Append($"<a class=\"pill kind-{kind}\" href=\"#emails\">{kind} <b>{counts[kind]}</b></a>");
        }

        if (counts.Count == 0)
        {
            html.Append($"<span class=\"muted\">No email was sent.</span>");
        }

        html.Append($"</p>\n");
    }

    private static string When(ReportView view, DateTime? utc) => utc is { } at ? view.Clock.Instant(at) : "—";

    /// <summary><c>matchDissolved</c> → <c>match dissolved</c>.</summary>
    private static string Outcome(string wireName) => TimelineWords.Split(wireName);
}
