using System.Net;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Tests.Api;

/// <summary>A coordinator's browser against a test host: signs in over HTTP and sends the session cookie and a same-site Origin as a browser would.</summary>
internal static class CoordinatorBrowser
{
    public const string ConcernWithMarkup = "<script>alert('x')</script> & <b>shouted</b>";

    /// <summary>Posts the sign-in form; returns the response (303 with Set-Cookie when the key is right).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(ApiHost host, string key, string returnUrl = "/api/coordinator/concerns/MF-2025-000001")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/coordinator/sign-in")
        {
            Content = Problem.Form(("key", key), ("returnUrl", returnUrl)),
        };
        return await host.Client.SendAsync(request);
    }

    /// <summary>The session cookie's value from a sign-in response's Set-Cookie.</summary>
    public static string SessionCookie(HttpResponseMessage signIn)
    {
        var header = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        return header.Split(';')[0].Split('=', 2)[1];
    }

    public static async Task<string> SignedInCookieAsync(ApiHost host)
    {
        using var response = await SignInAsync(host, ApiHost.CoordinatorKey);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return SessionCookie(response);
    }

    /// <summary>A request as a browser sends it: Accept text/html, the cookie when given, Origin when given.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? cookie, string? origin = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", $"mf_coordinator={cookie}");
        }

        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return request;
    }

    public static string SameOrigin(ApiHost host) => host.BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>Reports a concern whose text holds markup, as the sample mentee about their mentor; returns its reference.</summary>
    public static async Task<string> ReportConcernAsync(ApiHost host)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { about = SampleCohort.Mentor, category = "boundaries", immediateRisk = false, description = ConcernWithMarkup });
        using var response = await host.Client.PostAsync($"api/concerns/report?token={host.Token(LinkPurpose.Concern, SampleCohort.Mentee)}", Problem.Json(json));
        await host.IdleAsync();
        return (await Problem.JsonAsync(response, HttpStatusCode.Accepted)).GetProperty("reference").GetString()!;
    }
}
