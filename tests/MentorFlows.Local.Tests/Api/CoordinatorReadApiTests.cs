using System.Net;
using System.Text.Json;

namespace MentorFlows.Local.Tests.Api;

public sealed class CoordinatorReadApiTests
{
    [Fact]
    public async Task Unmatched_ListsTheWaitingMenteeWithTheReason()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        var list = await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator/unmatched"), HttpStatusCode.OK);

        var waiting = Assert.Single(list.EnumerateArray());
        Assert.Equal(SampleCohort.Waiting, waiting.GetProperty("studentId").GetString());
        Assert.Equal("noMentorForUnder18", waiting.GetProperty("reason").GetString());
        Assert.Contains("under-18", waiting.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_CountsParticipantsMatchesEmailsAndEngagementByMonth()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        using var answer = await host.Client.PostAsync(
            $"api/checkins/respond?token={host.Token(Workflows.Links.LinkPurpose.CheckInResponse, SampleCohort.Mentor, $"{SampleCohort.Mentee}/1")}", Problem.Json("{\"met\":true,\"hours\":2}"));

        var health = await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator"), HttpStatusCode.OK);

        Assert.Equal(29, health.GetProperty("mentees").GetProperty("active").GetInt32());
        Assert.Equal(11, health.GetProperty("mentors").GetProperty("active").GetInt32());
        Assert.Equal(8, health.GetProperty("activeMentorsCleared").GetInt32());
        Assert.Equal((28, 1), (health.GetProperty("matches").GetProperty("active").GetInt32(), health.GetProperty("matches").GetProperty("waitingMentees").GetInt32()));
        Assert.True(health.GetProperty("emailsByKind").GetProperty("intro").GetInt32() > 0);
        var october = health.GetProperty("engagement")[0];
        Assert.Equal(("2025-10", false, 1, 1, 2m), (october.GetProperty("month").GetString(), october.GetProperty("asked").GetBoolean(),
            october.GetProperty("mentorAnswers").GetInt32(), october.GetProperty("pairsMet").GetInt32(), october.GetProperty("mentorHours").GetDecimal()));
    }

    [Fact]
    public async Task Health_CountsSurveyAnswersAndMeanRatingPerSurvey_WithoutComments()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        await AnswerAsync(host, SampleCohort.Mentor, $"review-3m/{SampleCohort.Mentee}", "{\"rating\":4,\"recommend\":true,\"comment\":\"a private comment\"}");
        await AnswerAsync(host, SampleCohort.Mentee, $"review-3m/{SampleCohort.Mentor}", "{\"rating\":5,\"recommend\":true}");
        await AnswerAsync(host, "20250102", $"review-3m/{SampleCohort.Mentor}", "{\"rating\":2,\"recommend\":false}");
        await AnswerAsync(host, SampleCohort.Mentee, "closure", "{\"rating\":5,\"recommend\":true}");

        using var response = await host.Coordinator.GetAsync("api/coordinator");
        var text = await response.Content.ReadAsStringAsync();
        var surveys = JsonDocument.Parse(text).RootElement.GetProperty("surveys");

        Assert.Equal(["mid-point", "end-point", "final"], surveys.EnumerateArray().Select(s => s.GetProperty("point").GetString()));
        Assert.Equal((0, 3, 3.67m, 2), Figures(surveys[0]));
        Assert.Equal(JsonValueKind.Null, surveys[1].GetProperty("meanRating").ValueKind);
        Assert.Equal((0, 1, 5m, 1), Figures(surveys[2]));
        Assert.DoesNotContain("private comment", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryRoute()
    {
        await using var host = await ApiHost.StartAsync();

        var document = await Problem.JsonAsync(await host.Client.GetAsync("api/openapi/v1.json"), HttpStatusCode.OK);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/optout", "/api/concerns/report", "/api/checkins/respond", "/api/surveys", "/api/cohorts/{name}", "/api/cohorts/uploads", "/api/cohorts/uploads/{uploadId}",
            "/api/coordinator", "/api/coordinator/optouts", "/api/coordinator/concerns", "/api/coordinator/concerns/{reference}",
            "/api/coordinator/concerns/{reference}/decision", "/api/coordinator/mentors/{studentId}/cleared", "/api/coordinator/mentors/{studentId}/resigned",
            "/api/coordinator/unmatched",
        ];
        Assert.Empty(expected.Except(paths));
        Assert.Equal(JsonValueKind.Object, document.GetProperty("paths").GetProperty("/api/optout").GetProperty("post").ValueKind);
    }

    [Theory]
    [InlineData("GET", "api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "api/coordinator/unmatched", HttpStatusCode.MethodNotAllowed)]
    public async Task NoSuchRouteOrMethod_IsProblemJson(string method, string path, HttpStatusCode status)
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await Problem.AssertAsync(response, status);
    }

    private static async Task AnswerAsync(ApiHost host, string studentId, string scope, string json)
    {
        using var response = await host.Client.PostAsync($"api/surveys?token={host.Token(Workflows.Links.LinkPurpose.Survey, studentId, scope)}", Problem.Json(json));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static (int Sent, int Answers, decimal MeanRating, int WouldRecommend) Figures(JsonElement survey) => (
        survey.GetProperty("sent").GetInt32(),
        survey.GetProperty("answers").GetInt32(),
        survey.GetProperty("meanRating").GetDecimal(),
        survey.GetProperty("wouldRecommend").GetInt32());
}
