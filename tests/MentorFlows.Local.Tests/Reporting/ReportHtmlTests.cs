using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MentorFlows.Domain.Cohort;
using MentorFlows.Local.Reporting;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Tests.Reporting;

public sealed partial class ReportHtmlTests
{
    [Fact]
    public void Render_HasEverySectionAndTheFigures()
    {
        var html = ReportHtml.Render(TestReports.Input());

        foreach (var section in new[] { "id=\"glance\"", "id=\"matches\"", "id=\"timeline\"", "id=\"emails\"" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        foreach (var heading in new[] { "Matching by School", "Engagement by month", "Review and feedback surveys", "Concerns by outcome", "Personal data erased", "Emails by kind", "Still waiting for a mentor" })
        {
            Assert.Contains($"<h3>{heading}</h3>", html, StringComparison.Ordinal);
        }

        Assert.Contains("no cleared mentor in School of Health Sciences yet", html, StringComparison.Ordinal);
        Assert.Contains("<code>C-0001</code>", html, StringComparison.Ordinal);
        Assert.Contains("advice given <b>1</b>", html, StringComparison.Ordinal);
        Assert.Contains("Sat 30 May 2026", html, StringComparison.Ordinal);
        Assert.Contains("closed at year end", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NamesPeopleAndShowsUkTimes()
    {
        var html = ReportHtml.Render(TestReports.Input());

        Assert.Contains("Aoife Ní Bhriain", html, StringComparison.Ordinal);
        Assert.Contains("Siobhán O&#39;Sullivan", html, StringComparison.Ordinal);
        Assert.Contains("Tue 14 Oct, 21:30", html, StringComparison.Ordinal);
        Assert.Contains("Tue 14 Oct 2025, 21:30 BST", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MaliciousValues_CannotInjectMarkup()
    {
        const string evilFirst = "<script>alert(1)</script>";
        const string evilLast = "\"><img src=x onerror=alert(2)>";
        const string evilSchool = "School of <b onmouseover=alert(3)>Law</b>";
        var mentee = TestReports.Person("25000001", ParticipantRole.Mentee, evilFirst, evilLast, evilSchool);

        var html = ReportHtml.Render(TestReports.Input(mentee, evilSchool));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain(AttributeNames(html), name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Render_EmailHtml_OnlyEncodedInAnAttributeForTheSandboxedFrame()
    {
        var html = ReportHtml.Render(TestReports.Input());

        Assert.Equal(1, Regex.Count(html, "<!DOCTYPE", RegexOptions.IgnoreCase));
        Assert.Contains("data-html=\"&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;body&gt;&lt;p&gt;Hi Aoife N&amp;#237;", html, StringComparison.Ordinal);
        Assert.Contains("frame.setAttribute('sandbox', '');", html, StringComparison.Ordinal);
        Assert.Contains("<pre>Hi Aoife Ní Bhriain,\nI&#39;m your mentor.</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FetchesNothingAndItsCspAllowsExactlyItsScript()
    {
        var html = ReportHtml.Render(TestReports.Input());

        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        var script = ScriptBody().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'sha256-{hash}'", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TimelineLinksEmailEntriesAndNamesMatches()
    {
        var input = TestReports.Input();

        var html = ReportHtml.Render(input);

        Assert.Contains($"<a href=\"#email-{input.Emails[0].Id}\">", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"email-{input.Emails[0].Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Aoife Ní Bhriain with Siobhán O&#39;Sullivan", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErasedStudentInTheTimeline_ReadsAsErasedBesideNamedOnes()
    {
        var input = TestReports.Input();
        var mentor = input.Participants.First(p => p.Role == ParticipantRole.Mentor); // Siobhán O'Sullivan
        input = input with
        {
            Timeline =
            [
                .. input.Timeline,
                new("t8", TestReports.NightUtc.AddDays(2), TimelineEventKind.ParticipantEnrolled, TimelineErasure.Erased),
                new("t9", TestReports.NightUtc.AddDays(2), TimelineEventKind.EmailSent, "e-9", new Dictionary<string, string> { ["students"] = $"{mentor.StudentId} {TimelineErasure.Erased}" }),
            ],
        };

        var html = ReportHtml.Render(input);

        Assert.Contains("<td>Student enrolled</td><td>(erased)</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"key\">students</span> Siobhán O&#39;Sullivan, (erased)</span>", html, StringComparison.Ordinal);
    }

    /// <summary>The name of every attribute of every tag (values are in double quotes, which the report always encodes inside them).</summary>
    private static IEnumerable<string> AttributeNames(string html) =>
        Tag().Matches(html).SelectMany(tag => Attribute().Matches(tag.Value).Select(a => a.Groups[1].Value));

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s([a-zA-Z-]+)(=""[^""]*"")?")]
    private static partial Regex Attribute();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptBody();
}
