using System.Net;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Tests.Api;

public sealed class LimitsTests
{
    [Fact]
    public async Task ParticipantBody_OverTheLimit_Is413NamingTheBody_AndNothingIsStored()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var description = new string('x', 70_000);

        using var response = await host.Client.PostAsync($"api/concerns/report?token={host.Token(LinkPurpose.Concern, SampleCohort.Mentee)}",
            Problem.Json($"{{\"about\":\"20220114\",\"category\":\"other\",\"description\":\"{description}\"}}"));

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Empty(await host.ConcernsAsync());
    }

    [Fact]
    public async Task ParticipantForm_OverTheLimitWithoutContentLength_Is413()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("List-Unsubscribe=One-Click&pad=" + new string('a', 70_000))));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/optout?token={host.Token(LinkPurpose.OptOut, SampleCohort.Mentee)}") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request);
        await host.IdleAsync();

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Equal(Workflows.Stores.ParticipantStatus.Active, await host.StatusAsync(SampleCohort.Mentee));
    }

    [Fact]
    public async Task ParticipantRoutes_BeyondTheBurst_Are429WithRetryAfter_AndCoordinatorRoutesHaveTheirOwnBucket()
    {
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?>
        {
            ["MentorFlows:Api:ParticipantPermitsPerMinute"] = "1",
            ["MentorFlows:Api:ParticipantBurst"] = "3",
        });
        var url = $"api/optout?token={host.Token(LinkPurpose.OptOut, SampleCohort.Mentee)}";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await host.Client.GetAsync(url);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await host.Client.GetAsync(url);
        using var coordinator = await host.Coordinator.GetAsync("api/coordinator/unmatched");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
    }
}
