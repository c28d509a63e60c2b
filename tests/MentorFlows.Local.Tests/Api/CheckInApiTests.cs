using System.Net;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Api;

public sealed class CheckInApiTests
{
    private const string Mentor = SampleCohort.Mentor;
    private const string Mentee = SampleCohort.Mentee;

    [Fact]
    public async Task Get_Form_NamesTheMenteeAndMonth_PreselectsTheAnswer_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.GetAsync($"api/checkins/respond?token={MentorToken(host)}&met=yes");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("with your mentee Aoife go in October 2025", page, StringComparison.Ordinal);
        Assert.Contains("value=\"yes\" required checked", page, StringComparison.Ordinal);
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Post_Json_RecordsTheMentorsAnswerForThePairAndRound()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/checkins/respond?token={MentorToken(host)}", Problem.Json("{\"met\":true,\"hours\":2.5}"));

        Assert.Equal("accepted", (await Problem.JsonAsync(response, HttpStatusCode.Accepted)).GetProperty("outcome").GetString());
        var answer = Assert.Single(await host.CheckInsAsync(Mentee));
        Assert.Equal((1, CheckInRespondent.Mentor, true, 2.5m, false), (answer.Round, answer.Respondent, answer.Met, answer.Hours, answer.DailyContact));
    }

    [Fact]
    public async Task Post_AnswerAgain_ReplacesTheFirst()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var first = await host.Client.PostAsync($"api/checkins/respond?token={MentorToken(host)}", Problem.Json("{\"met\":true,\"hours\":2}"));
        using var second = await host.Client.PostAsync($"api/checkins/respond?token={MentorToken(host)}", Problem.Json("{\"met\":true,\"hours\":3,\"dailyContact\":true}"));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var answer = Assert.Single(await host.CheckInsAsync(Mentee));
        Assert.Equal((3m, true), (answer.Hours, answer.DailyContact));
    }

    [Fact]
    public async Task Post_FromTheMenteesForm_RecordsTheMenteesAnswer()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/checkins/respond?token={host.Token(LinkPurpose.CheckInResponse, Mentee, $"{Mentee}/2")}", Problem.Form(("met", "no"), ("hours", "")));

        Assert.Contains("Thank you", await Problem.HtmlAsync(response, HttpStatusCode.OK), StringComparison.Ordinal);
        var answer = Assert.Single(await host.CheckInsAsync(Mentee));
        Assert.Equal((2, CheckInRespondent.Mentee, false, (decimal?)null), (answer.Round, answer.Respondent, answer.Met, answer.Hours));
    }

    [Theory]
    [InlineData("{}", new[] { "met" })]
    [InlineData("{\"met\":\"perhaps\",\"hours\":-1}", new[] { "met", "hours" })]
    [InlineData("{\"met\":true,\"hours\":\"lots\",\"dailyContact\":3}", new[] { "hours", "dailyContact" })]
    [InlineData("{\"met\":false,\"hours\":3}", new[] { "hours" })]
    [InlineData("{\"met\":true,\"hours\":201}", new[] { "hours" })]
    public async Task Post_BadFields_Are400NamingEachField_AndNothingIsRecorded(string json, string[] fields)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/checkins/respond?token={MentorToken(host)}", Problem.Json(json));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Empty(await host.CheckInsAsync(Mentee));
    }

    [Fact]
    public async Task Post_AboutAPairThatIsNotTheirs_Is409()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/checkins/respond?token={host.Token(LinkPurpose.CheckInResponse, Mentor, "20250201/1")}", Problem.Json("{\"met\":true}"));

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Post_AfterTheMenteeLeft_Is409_AndRecordsNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var match = await host.CurrentMatchAsync(Mentee);
        using var optOut = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, Mentee)}", null);
        await host.IdleAsync();

        using var response = await host.Client.PostAsync($"api/checkins/respond?token={MentorToken(host)}", Problem.Json("{\"met\":true}"));

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Empty(await host.Service<ICheckInStore>().ListForMatchAsync(match.MatchId, CancellationToken.None));
    }

    [Theory]
    [InlineData("20250101")]
    [InlineData("20250101/0")]
    [InlineData("20250101/99")]
    [InlineData("bad id!/1")]
    public async Task AGenuineLinkWithAScopeThisSchemeNeverMakes_Is403(string scope)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = host.Token(LinkPurpose.CheckInResponse, Mentor, scope);

        using var get = await host.Client.GetAsync($"api/checkins/respond?token={token}");
        using var post = await host.Client.PostAsync($"api/checkins/respond?token={token}", Problem.Json("{\"met\":true}"));

        await Problem.AssertAsync(get, HttpStatusCode.Forbidden);
        await Problem.AssertAsync(post, HttpStatusCode.Forbidden);
        Assert.Empty(await host.CheckInsAsync(Mentee));
    }

    private static string MentorToken(ApiHost host) => host.Token(LinkPurpose.CheckInResponse, Mentor, $"{Mentee}/1");
}
