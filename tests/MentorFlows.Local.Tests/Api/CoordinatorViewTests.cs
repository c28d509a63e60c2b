using System.Net;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Tests.Api;

/// <summary>The coordinator's pages behind email links: HTML for a browser, JSON stays the default, values encoded, CSRF checked.</summary>
public sealed class CoordinatorViewTests
{
    [Fact]
    public async Task ConcernPage_ShowsTheTextAsText_WithTheFiveOutcomes()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var reference = await CoordinatorBrowser.ReportConcernAsync(host);
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);

        using var response = await host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, $"api/coordinator/concerns/{reference}", cookie));

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>shouted", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;shouted&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"/api/coordinator/concerns/{reference}/decision\">", page, StringComparison.Ordinal);
        Assert.Equal(5, page.Split("name=\"outcome\"").Length - 1);
        Assert.Contains("default-src 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcernRoute_WithTheKeyAndNoAccept_StillAnswersJson()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var reference = await CoordinatorBrowser.ReportConcernAsync(host);

        var detail = await Problem.JsonAsync(await host.Coordinator.GetAsync($"api/coordinator/concerns/{reference}"), HttpStatusCode.OK);

        Assert.Equal(CoordinatorBrowser.ConcernWithMarkup, detail.GetProperty("text").GetString());
    }

    [Fact]
    public async Task DecisionForm_WithCookieAndSameOrigin_DecidesAndReturnsToTheConcern()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var reference = await CoordinatorBrowser.ReportConcernAsync(host);
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);

        using var response = await host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Post, $"api/coordinator/concerns/{reference}/decision", cookie,
            CoordinatorBrowser.SameOrigin(host), Problem.Form(("outcome", "adviceGiven"))));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/api/coordinator/concerns/{reference}", response.Headers.Location!.OriginalString);
        var detail = await Problem.JsonAsync(await host.Coordinator.GetAsync($"api/coordinator/concerns/{reference}"), HttpStatusCode.OK);
        Assert.Equal("adviceGiven", detail.GetProperty("concern").GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://evil.example", null)]
    [InlineData("null", null)]
    [InlineData(null, "https://evil.example/page")]
    [InlineData("http://127.0.0.1.evil.example", null)]
    public async Task DecisionForm_WithCookieFromAnotherSite_Is403AndDecidesNothing(string? origin, string? referer)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var reference = await CoordinatorBrowser.ReportConcernAsync(host);
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);
        using var request = CoordinatorBrowser.Request(HttpMethod.Post, $"api/coordinator/concerns/{reference}/decision", cookie, origin, Problem.Form(("outcome", "memberRemoved")));
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        using var response = await host.Client.SendAsync(request);
        await host.IdleAsync();

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
        var detail = await Problem.JsonAsync(await host.Coordinator.GetAsync($"api/coordinator/concerns/{reference}"), HttpStatusCode.OK);
        Assert.Equal("open", detail.GetProperty("concern").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DecisionForm_WithSameOriginReferer_AndNoOrigin_IsAccepted()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var reference = await CoordinatorBrowser.ReportConcernAsync(host);
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);
        using var request = CoordinatorBrowser.Request(HttpMethod.Post, $"api/coordinator/concerns/{reference}/decision", cookie, null, Problem.Form(("outcome", "noAction")));
        request.Headers.Referrer = new Uri(host.BaseAddress, $"api/coordinator/concerns/{reference}");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Theory]
    [InlineData("api/coordinator", "Scheme health")]
    [InlineData("api/coordinator/concerns", "Concerns: open")]
    [InlineData("api/coordinator/unmatched", "Unmatched mentees")]
    [InlineData("api/coordinator/surveys/comments", "Survey comments")]
    public async Task EachView_IsAPageForASignedInBrowser_AndJsonForTheKey(string path, string title)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);

        var page = await Problem.HtmlAsync(await host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, path, cookie)), HttpStatusCode.OK);
        using var json = await host.Coordinator.GetAsync(path);

        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Sign out", page, StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task SurveyComments_ListAnswersWithACommentBySurvey_EncodedInThePage()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        await AnswerAsync(host, SampleCohort.Mentee, $"review-3m/{SampleCohort.Mentor}", "{\"rating\":4,\"recommend\":true,\"comment\":\"<i>great</i> mentor\"}");
        await AnswerAsync(host, SampleCohort.Mentor, $"review-3m/{SampleCohort.Mentee}", "{\"rating\":3,\"recommend\":true}");
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);

        var json = await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator/surveys/comments"), HttpStatusCode.OK);
        var page = await Problem.HtmlAsync(await host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator/surveys/comments", cookie)), HttpStatusCode.OK);
        var finalOnly = await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator/surveys/comments?point=final"), HttpStatusCode.OK);
        using var badPoint = await host.Coordinator.GetAsync("api/coordinator/surveys/comments?point=soon");

        var comment = Assert.Single(json.EnumerateArray());
        Assert.Equal("mid-point", comment.GetProperty("point").GetString());
        Assert.Equal(SampleCohort.Mentee, comment.GetProperty("studentId").GetString());
        Assert.Equal(SampleCohort.Mentor, comment.GetProperty("partnerId").GetString());
        Assert.Equal("<i>great</i> mentor", comment.GetProperty("comment").GetString());
        Assert.Contains("&lt;i&gt;great&lt;/i&gt; mentor", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>great", page, StringComparison.Ordinal);
        Assert.Empty(finalOnly.EnumerateArray());
        await Problem.AssertAsync(badPoint, HttpStatusCode.BadRequest, "point");
    }

    private static async Task AnswerAsync(ApiHost host, string student, string scope, string json)
    {
        using var response = await host.Client.PostAsync($"api/surveys?token={host.Token(LinkPurpose.Survey, student, scope)}", Problem.Json(json));
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        await host.IdleAsync();
    }
}
