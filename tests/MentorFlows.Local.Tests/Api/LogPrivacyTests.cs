using System.Net;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// Runs every route with good and bad input, then searches everything the host logged (all levels, structured values,
/// exceptions) for the cohort's names and emails, the concern text, a survey comment, the link tokens, the coordinator key and the
/// session cookie (the coordinator's browser routes included).
/// </summary>
public sealed class LogPrivacyTests
{
    private const string ConcernText = "Confidential: my mentor shouted at me in the library.";
    private const string SurveyComment = "Private: my mentor helped me through a hard term.";

    [Fact]
    public async Task EveryRoute_LogsNoNameEmailTokenOrConcernText()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var tokens = new List<string>();
        string Token(LinkPurpose purpose, string student, string scope = "")
        {
            var token = host.Token(purpose, student, scope);
            tokens.Add(token);
            return token;
        }

        var mentee = SampleCohort.Mentee;
        await SendAllAsync(host,
            () => host.Client.GetAsync($"api/optout?token={Token(LinkPurpose.OptOut, mentee)}"),
            () => host.Client.GetAsync($"api/concerns/report?token={Token(LinkPurpose.Concern, mentee)}"),
            () => host.Client.PostAsync($"api/concerns/report?token={Token(LinkPurpose.Concern, mentee)}",
                Problem.Json($"{{\"about\":\"{SampleCohort.Mentor}\",\"category\":\"harassment\",\"immediateRisk\":true,\"description\":\"{ConcernText}\"}}")),
            () => host.Client.PostAsync($"api/concerns/report?token={Token(LinkPurpose.Concern, mentee)}",
                Problem.Json($"{{\"about\":\"nobody!\",\"category\":\"x\",\"description\":\"{ConcernText}\"}}")),
            () => host.Client.GetAsync($"api/checkins/respond?token={Token(LinkPurpose.CheckInResponse, SampleCohort.Mentor, $"{mentee}/1")}&met=yes"),
            () => host.Client.PostAsync($"api/checkins/respond?token={Token(LinkPurpose.CheckInResponse, SampleCohort.Mentor, $"{mentee}/1")}", Problem.Json("{\"met\":true,\"hours\":1}")),
            () => host.Client.GetAsync($"api/surveys?token={Token(LinkPurpose.Survey, SampleCohort.Mentor, $"review-3m/{mentee}")}"),
            () => host.Client.PostAsync($"api/surveys?token={Token(LinkPurpose.Survey, mentee, $"review-3m/{SampleCohort.Mentor}")}",
                Problem.Json($"{{\"rating\":5,\"recommend\":true,\"comment\":\"{SurveyComment}\"}}")),
            () => host.Client.PostAsync($"api/surveys?token={Token(LinkPurpose.Survey, mentee, "closure")}",
                Problem.Form(("rating", "9"), ("recommend", "maybe"), ("comment", SurveyComment))),
            () => host.Client.PostAsync($"api/optout?token={Token(LinkPurpose.Concern, mentee)}", null),
            () => host.Client.PostAsync($"api/optout?token={Token(LinkPurpose.OptOut, "20250102")}", Problem.Form(("List-Unsubscribe", "One-Click"))),
            () => host.Coordinator.PostAsync("api/coordinator/optouts", Problem.Json("{\"studentId\":\"20250103\",\"name\":\"Zoë D'Arcy\"}")),
            () => host.Coordinator.PostAsync("api/coordinator/optouts", Problem.Json("{\"studentId\":\"20250104\",\"name\":\"Kwame Mensah\"}")),
            () => host.Coordinator.GetAsync("api/coordinator/concerns/MF-2025-000001"),
            () => host.Coordinator.PostAsync("api/coordinator/concerns/MF-2025-000001/decision", Problem.Json("{\"outcome\":\"matchDissolved\"}")),
            () => host.Coordinator.PostAsync($"api/coordinator/mentors/{SampleCohort.UnclearedMentor}/cleared", null),
            () => host.Coordinator.PostAsync("api/coordinator/mentors/20230271/resigned", null),
            () => host.Coordinator.GetAsync("api/coordinator/unmatched"),
            () => host.Coordinator.GetAsync("api/coordinator"),
            () => host.Coordinator.PutAsync("api/cohorts/bad.csv", new StringContent(SampleCohort.Csv.Replace("k.mensah@example.ac.uk", "k.mensah@gmail.com", StringComparison.Ordinal), System.Text.Encoding.UTF8, "text/csv")),
            () => host.Client.GetAsync("api/coordinator"),
            () => host.Coordinator.GetAsync("api/coordinator/surveys/comments"),
            () => CoordinatorBrowser.SignInAsync(host, "wrong-" + ApiHost.CoordinatorKey),
            () => CoordinatorBrowser.SignInAsync(host, ApiHost.CoordinatorKey));
        using (var signIn = await CoordinatorBrowser.SignInAsync(host, ApiHost.CoordinatorKey))
        {
            var cookie = CoordinatorBrowser.SessionCookie(signIn);
            tokens.Add(cookie);
            var origin = CoordinatorBrowser.SameOrigin(host);
            await SendAllAsync(host,
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator/concerns/MF-2025-000001", cookie)),
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator/concerns?status=all", cookie)),
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator/unmatched", cookie)),
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator/surveys/comments", cookie)),
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator", cookie[..^2] + "xx")),
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Post, "api/coordinator/concerns/MF-2025-000001/decision", cookie, "https://evil.example", Problem.Form(("outcome", "noAction")))),
                () => host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Post, "api/coordinator/sign-out", cookie, origin)));
        }

        await host.IdleAsync();

        var logs = string.Join('\n', host.Logs.Lines);
        Assert.Contains("/api/concerns/report", logs, StringComparison.Ordinal);
        var leaked = SampleCohort.PersonalValues.Concat(tokens).Append(ConcernText).Append("shouted").Append(SurveyComment).Append("hard term").Append("gmail").Append(ApiHost.CoordinatorKey)
            .Where(value => logs.Contains(value, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(leaked);
    }

    private static async Task SendAllAsync(ApiHost host, params Func<Task<HttpResponseMessage>>[] requests)
    {
        foreach (var request in requests)
        {
            using var response = await request();
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            await host.IdleAsync();
        }
    }
}
