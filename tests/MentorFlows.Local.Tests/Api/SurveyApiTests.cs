using System.Net;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Tests.Api;

public sealed class SurveyApiTests
{
    private const string Mentor = SampleCohort.Mentor;
    private const string Mentee = SampleCohort.Mentee;

    [Fact]
    public async Task Get_ReviewForm_AsksAboutTheMenteeByName_InAnAccessibleForm_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.GetAsync($"api/surveys?token={MentorToken(host)}");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<h1>Mid-point review</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<legend>How is peer mentoring with your mentee Aoife going?</legend>", page, StringComparison.Ordinal);
        Assert.Equal(5, page.Split("name=\"rating\"").Length - 1);
        Assert.Contains("<legend>Would you recommend the peer mentoring scheme to another student?</legend>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"comment\">", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"comment-note\"", page, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Get_FinalForm_ForAMentee_AsksAboutTheYear()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.GetAsync($"api/surveys?token={host.Token(LinkPurpose.Survey, Mentee, "closure")}");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<h1>Final feedback</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Looking back over the year, how did peer mentoring with your mentor go?", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Json_RecordsTheMentorsAnswerForThePair()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/surveys?token={MentorToken(host)}", Problem.Json("{\"rating\":4,\"recommend\":true}"));

        Assert.Equal("accepted", (await Problem.JsonAsync(response, HttpStatusCode.Accepted)).GetProperty("outcome").GetString());
        var answer = Assert.Single(await host.SurveysAsync(Mentor));
        Assert.Equal((SurveyPoint.MidPointReview, Mentee, ParticipantRole.Mentor, new SurveyAnswer(4, true)), (answer.Point, answer.PartnerId, answer.Role, answer.Answer));
    }

    [Fact]
    public async Task Post_FromTheMenteesForm_ThanksThem_AndKeepsTheComment()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = host.Token(LinkPurpose.Survey, Mentee, $"review-6m/{Mentor}");

        using var response = await host.Client.PostAsync($"api/surveys?token={token}", Problem.Form(("rating", "5"), ("recommend", "yes"), ("comment", "  Really helpful. ")));

        Assert.Contains("Thank you", await Problem.HtmlAsync(response, HttpStatusCode.OK), StringComparison.Ordinal);
        var answer = Assert.Single(await host.SurveysAsync(Mentee));
        Assert.Equal((SurveyPoint.EndPointReview, Mentor, new SurveyAnswer(5, true, "Really helpful.")), (answer.Point, answer.PartnerId, answer.Answer));
    }

    [Fact]
    public async Task Post_AnswerAgain_ReplacesTheFirst()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var first = await host.Client.PostAsync($"api/surveys?token={MentorToken(host)}", Problem.Json("{\"rating\":2,\"recommend\":false,\"comment\":\"early days\"}"));
        using var second = await host.Client.PostAsync($"api/surveys?token={MentorToken(host)}", Problem.Json("{\"rating\":4,\"recommend\":true}"));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(new SurveyAnswer(4, true), Assert.Single(await host.SurveysAsync(Mentor)).Answer);
    }

    [Theory]
    [InlineData("{}", new[] { "rating", "recommend" })]
    [InlineData("{\"rating\":0,\"recommend\":true}", new[] { "rating" })]
    [InlineData("{\"rating\":6,\"recommend\":true}", new[] { "rating" })]
    [InlineData("{\"rating\":2.5,\"recommend\":true}", new[] { "rating" })]
    [InlineData("{\"rating\":\"good\",\"recommend\":\"perhaps\"}", new[] { "rating", "recommend" })]
    [InlineData("{\"rating\":3,\"recommend\":true,\"comment\":42}", new[] { "comment" })]
    public async Task Post_BadFields_Are400NamingEachField_AndNothingIsRecorded(string json, string[] fields)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/surveys?token={MentorToken(host)}", Problem.Json(json));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Empty(await host.SurveysAsync(Mentor));
    }

    [Fact]
    public async Task Post_CommentTooLong_Is400NamingIt_WithoutEchoingIt()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var comment = "Zoë " + new string('x', SurveyAnswer.MaximumCommentLength);

        using var response = await host.Client.PostAsync($"api/surveys?token={MentorToken(host)}", Problem.Form(("rating", "3"), ("recommend", "no"), ("comment", comment)));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "comment");
        Assert.DoesNotContain("Zoë", problem.ToString(), StringComparison.Ordinal);
        Assert.Empty(await host.SurveysAsync(Mentor));
    }

    [Fact]
    public async Task Post_ALinkWithoutAPair_IsRecordedAsAGeneralAnswer()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/surveys?token={host.Token(LinkPurpose.Survey, Mentor, "review-3m")}", Problem.Json("{\"rating\":3,\"recommend\":true}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Null(Assert.Single(await host.SurveysAsync(Mentor)).PartnerId);
    }

    [Fact]
    public async Task Post_AboutAPairThatIsNotTheirs_Is409_AndRecordsNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/surveys?token={host.Token(LinkPurpose.Survey, Mentor, "review-3m/20250201")}", Problem.Json("{\"rating\":3,\"recommend\":true}"));

        await Problem.AssertAsync(response, HttpStatusCode.Conflict, "token");
        Assert.Empty(await host.SurveysAsync(Mentor));
    }

    [Fact]
    public async Task GetAndPost_AfterTheStudentLeft_AreClosed_AndRecordNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        using var optOut = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, Mentee)}", null);
        await host.IdleAsync();
        var token = host.Token(LinkPurpose.Survey, Mentee, "closure");

        using var get = await host.Client.GetAsync($"api/surveys?token={token}");
        using var post = await host.Client.PostAsync($"api/surveys?token={token}", Problem.Json("{\"rating\":3,\"recommend\":true}"));

        Assert.Contains("This survey is closed", await Problem.HtmlAsync(get, HttpStatusCode.NotFound), StringComparison.Ordinal);
        await Problem.AssertAsync(post, HttpStatusCode.Conflict);
        Assert.Empty(await host.SurveysAsync(Mentee));
    }

    [Theory]
    [InlineData("")]
    [InlineData("intro")]
    [InlineData("closure/20220114")]
    [InlineData("review-3m/")]
    [InlineData("review-3m/bad id!")]
    public async Task AGenuineLinkWithAScopeThisSchemeNeverMakes_Is403_AndRecordsNothing(string scope)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = host.Token(LinkPurpose.Survey, Mentee, scope);

        using var get = await host.Client.GetAsync($"api/surveys?token={token}");
        using var post = await host.Client.PostAsync($"api/surveys?token={token}", Problem.Json("{\"rating\":3,\"recommend\":true}"));

        await Problem.AssertAsync(get, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(post, HttpStatusCode.Forbidden);
        Assert.Empty(await host.SurveysAsync(Mentee));
    }

    private static string MentorToken(ApiHost host) => host.Token(LinkPurpose.Survey, Mentor, $"review-3m/{Mentee}");
}
