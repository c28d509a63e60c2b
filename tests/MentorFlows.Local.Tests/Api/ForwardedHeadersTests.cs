using System.Net;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// Behind a reverse proxy (<c>MentorFlows:KnownProxies</c>), the client address of a request (and so its rate-limit
/// bucket) is the one the proxy forwards; from anyone else, X-Forwarded-For is ignored. The tests' client connects
/// from 127.0.0.1, with a burst of one request per address.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task FromAKnownProxy_EachForwardedClientHasItsOwnBucket()
    {
        await using var host = await StartAsync(knownProxies: "127.0.0.1");

        var first = await IsLimitedAsync(host, "203.0.113.7");
        var again = await IsLimitedAsync(host, "203.0.113.7");
        var another = await IsLimitedAsync(host, "203.0.113.8");
        var chained = await IsLimitedAsync(host, "198.51.100.1, 203.0.113.9");

        Assert.Equal((false, true, false, false), (first, again, another, chained));
    }

    [Theory]
    [InlineData("10.9.9.9")]
    [InlineData(null)]
    public async Task FromAnUnknownProxy_OrWithNoneConfigured_TheHeaderIsIgnored(string? knownProxies)
    {
        await using var host = await StartAsync(knownProxies);

        var first = await IsLimitedAsync(host, "203.0.113.7");
        var another = await IsLimitedAsync(host, "203.0.113.8");

        Assert.Equal((false, true), (first, another));
    }

    private static Task<ApiHost> StartAsync(string? knownProxies) => ApiHost.StartAsync(new Dictionary<string, string?>
    {
        ["MentorFlows:Api:ParticipantPermitsPerMinute"] = "1",
        ["MentorFlows:Api:ParticipantBurst"] = "1",
        ["MentorFlows:KnownProxies"] = knownProxies,
    });

    /// <summary>Sends a participant request as forwarded for <paramref name="forwardedFor"/>: was it refused by the rate limit?</summary>
    private static async Task<bool> IsLimitedAsync(ApiHost host, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/optout?token={host.Token(LinkPurpose.OptOut, SampleCohort.Mentee)}");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.TooManyRequests;
    }
}
