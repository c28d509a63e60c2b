using MentorFlows.Api.Html;
using MentorFlows.Domain;

namespace MentorFlows.Api.Coordinator;

/// <summary>The HTML of the scheme-health and unmatched-mentee pages; every value goes through <see cref="HtmlBuilder"/>'s encoding.</summary>
internal static class CoordinatorViews
{
    public static TrustedHtml Unmatched(IReadOnlyList<UnmatchedMentee> mentees)
    {
        var html = new HtmlBuilder();
        html.Append($"<p>{mentees.Count} mentee(s) waiting for a mentor, longest waiting first.</p>");
        if (mentees.Count == 0)
        {
            return html.ToTrusted();
        }

        html.Append($"<table><thead><tr><th scope=\"col\">Student id</th><th scope=\"col\">Name</th><th scope=\"col\">Email</th><th scope=\"col\">School</th><th scope=\"col\">Why</th><th scope=\"col\">Waiting since (UTC)</th></tr></thead><tbody>");
        foreach (var m in mentees)
        {
            html.Append($"<tr><td>{m.StudentId}</td><td>{m.FirstName} {m.LastName}</td><td>{m.Email}</td><td>{m.School}</td><td>{m.Explanation}</td><td>{m.WaitingSinceUtc:yyyy-MM-dd}</td></tr>");
        }

        html.Append($"</tbody></table>");
        return html.ToTrusted();
    }

    public static TrustedHtml Health(SchemeHealth health)
    {
        var html = new HtmlBuilder();
        html.Append($"<p>{health.Scheme}: {health.Start} to {health.End}. As of {health.AtUtc:yyyy-MM-dd HH:mm} UTC.</p>");
        html.Append($"<h2>Participants</h2><table><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Active</th><th scope=\"col\">Opted out</th><th scope=\"col\">Resigned</th><th scope=\"col\">Removed</th><th scope=\"col\">Erased</th></tr></thead><tbody>");
        Role(html, "Mentees", health.Mentees);
        Role(html, "Mentors", health.Mentors);
        html.Append($"</tbody></table><p>Active mentors cleared: {health.ActiveMentorsCleared}.</p>");
        var m = health.Matches;
        html.Append($"<h2>Matches</h2><p>Active {m.Active}, paused {m.Paused}, ended {m.Ended}; mentees waiting: {m.WaitingMentees}.</p>");
        var c = health.Concerns;
        html.Append($"<h2>Concerns</h2><p>Open {c.Open} (with immediate risk: {c.OpenWithImmediateRisk}), decided {c.Decided}.</p>");
        html.Append($"<h2>Engagement</h2><table><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Asked</th><th scope=\"col\">Mentor answers</th><th scope=\"col\">Mentee answers</th><th scope=\"col\">Pairs met</th><th scope=\"col\">Mentor hours</th></tr></thead><tbody>");
        foreach (var e in health.Engagement)
        {
            html.Append($"<tr><td>{e.Month}</td><td>{(e.Asked ? "Yes" : "Not yet")}</td><td>{e.MentorAnswers}</td><td>{e.MenteeAnswers}</td><td>{e.PairsMet}</td><td>{e.MentorHours}</td></tr>");
        }

        html.Append($"</tbody></table><h2>Surveys</h2><table><thead><tr><th scope=\"col\">Survey</th><th scope=\"col\">Sent</th><th scope=\"col\">Answers</th><th scope=\"col\">Mean rating</th><th scope=\"col\">Would recommend</th></tr></thead><tbody>");
        foreach (var s in health.Surveys)
        {
            html.Append($"<tr><td>{WireName.Of(s.Point)}</td><td>{s.Sent}</td><td>{s.Answers}</td><td>{(s.MeanRating is { } mean ? mean.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "–")}</td><td>{s.WouldRecommend}</td></tr>");
        }

        html.Append($"</tbody></table>");
        return html.ToTrusted();
    }

    private static void Role(HtmlBuilder html, string role, RoleCounts r) =>
        html.Append($"<tr><th scope=\"row\">{role}</th><td>{r.Active}</td><td>{r.OptedOut}</td><td>{r.Resigned}</td><td>{r.Removed}</td><td>{r.Erased}</td></tr>");
}
