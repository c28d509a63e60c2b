using System.Collections.Concurrent;
using System.Net;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cohorts;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// 2,000 participant requests over loopback, 32 at a time in random order: 300 opt-outs, 400 concern reports and 300
/// check-in answers, each sent twice (a double click, a retried form). Every request is answered 2xx, and every
/// effect is there exactly once.
/// </summary>
public sealed class LoadTests
{
    private const int Concurrency = 32;

    [Fact]
    public async Task TwoThousandMixedRequests_AllAnswered_EveryEffectAppliedOnce()
    {
        await using var host = await ApiHost.StartAsync();
        var csv = SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { MenteeCount = 600, MentorCount = 150, UnclearedFraction = 0, Under18Count = 0, AtRiskCount = 0, Seed = 7 });
        await host.UploadAsync(csv);
        var matches = await host.Service<IMatchStore>().ListCurrentAsync(CancellationToken.None);
        var matched = matches.OrderBy(m => m.MenteeId, StringComparer.Ordinal).ToList();
        var mentees = CohortReader.Read(new StringReader(csv), SchemeDefaults.Settings).Participants.Where(p => p.Role == ParticipantRole.Mentee).Select(p => p.StudentId).ToHashSet();
        var answering = matched.Take(300).ToList();
        var leaving = mentees.Except(answering.Select(m => m.MenteeId)).Order(StringComparer.Ordinal).Take(300).ToList();
        var reporters = answering.Take(200).ToList();
        Assert.Equal((300, 300), (answering.Count, leaving.Count));

        var requests = new List<Func<Task<(string Key, HttpResponseMessage Response)>>>();
        for (var copy = 0; copy < 2; copy++)
        {
            requests.AddRange(leaving.Select(id => Send($"optout {id}", () => host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, id)}", Problem.Form(("List-Unsubscribe", "One-Click"))))));
            requests.AddRange(answering.Select(m => Send($"checkin {m.MenteeId}", () => host.Client.PostAsync(
                $"api/checkins/respond?token={host.Token(LinkPurpose.CheckInResponse, m.MenteeId, $"{m.MenteeId}/1")}", Problem.Json("{\"met\":true,\"hours\":1.5}")))));
            requests.AddRange(reporters.SelectMany(m => new[] { (m, About: m.MentorId, Form: "a"), (m, About: m.MenteeId, Form: "b") }).Select(r => Send($"concern {r.m.MenteeId} {r.Form}", () => host.Client.PostAsync(
                $"api/concerns/report?token={host.Token(LinkPurpose.Concern, r.m.MenteeId)}",
                Problem.Json($"{{\"about\":\"{r.About}\",\"category\":\"other\",\"description\":\"Load test report.\",\"submissionId\":\"{r.Form}-{r.m.MenteeId}\"}}")))));
        }

        Assert.Equal(2000, requests.Count);
        var answers = new ConcurrentBag<(string Key, HttpStatusCode Status, string Body)>();
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(requests.OrderBy(_ => Random.Shared.Next()).Select(async send =>
        {
            await gate.WaitAsync();
            try
            {
                var (key, response) = await send();
                using (response)
                {
                    answers.Add((key, response.StatusCode, await response.Content.ReadAsStringAsync()));
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        await host.IdleAsync();

        Assert.Equal(2000, answers.Count);
        Assert.Empty(answers.Where(a => (int)a.Status is < 200 or > 299).Select(a => $"{a.Key}: {(int)a.Status} {a.Body}"));
        foreach (var id in leaving)
        {
            Assert.Equal(ParticipantStatus.OptedOut, await host.StatusAsync(id));
        }

        var outbox = host.Outbox();
        Assert.Equal(leaving.Order(StringComparer.Ordinal), outbox.Where(e => e.Kind == "optout-confirmation").SelectMany(e => e.StudentIds).Order(StringComparer.Ordinal));

        var concerns = await host.ConcernsAsync();
        Assert.Equal(400, concerns.Count);
        Assert.Equal(400, concerns.Select(c => c.SubmissionId).Distinct().Count());
        Assert.Equal(400, outbox.Count(e => e.Kind == "concern-ack"));
        var referencesPerSubmission = answers.Where(a => a.Key.StartsWith("concern", StringComparison.Ordinal))
            .GroupBy(a => a.Key).Select(g => g.Select(a => System.Text.Json.JsonDocument.Parse(a.Body).RootElement.GetProperty("reference").GetString()).Distinct().Count());
        Assert.All(referencesPerSubmission, count => Assert.Equal(1, count));

        foreach (var match in answering)
        {
            var answer = Assert.Single(await host.Service<ICheckInStore>().ListForMatchAsync(match.MatchId, CancellationToken.None));
            Assert.Equal((1, CheckInRespondent.Mentee, true, 1.5m), (answer.Round, answer.Respondent, answer.Met, answer.Hours));
        }

        Assert.Equal(outbox.Count, outbox.Select(e => e.Id).Distinct().Count());
    }

    private static Func<Task<(string, HttpResponseMessage)>> Send(string key, Func<Task<HttpResponseMessage>> send) =>
        async () => (key, await send());
}
