using System.Net;
using MentorFlows.Api.Security;
using MentorFlows.Runtime.Clock;

namespace MentorFlows.Local.Tests.Api;

/// <summary>Browser sign-in: the key form, the session cookie's flags and life, tampering, return URLs.</summary>
public sealed class CoordinatorSignInTests : IClassFixture<SampleCohortHost>
{
    private readonly ApiHost _host;

    public CoordinatorSignInTests(SampleCohortHost fixture) => _host = fixture.Host;

    [Fact]
    public async Task Get_ShowsAnAccessibleForm_CarryingTheReturnUrlEncoded()
    {
        using var response = await _host.Client.GetAsync("api/coordinator/sign-in?returnUrl=%2Fapi%2Fcoordinator%2Fconcerns%3Fstatus%3Dall%26x%3D%22");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<label for=\"key\">Coordinator key</label><input id=\"key\" name=\"key\" type=\"password\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"returnUrl\" value=\"/api/coordinator/concerns?status=all&amp;x=&quot;\"", page, StringComparison.Ordinal);
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Post_RightKey_SetsAStrictHttpOnlyCookieForEightHours_AndRedirectsToTheReturnUrl()
    {
        using var response = await CoordinatorBrowser.SignInAsync(_host, ApiHost.CoordinatorKey, "/api/coordinator/unmatched?x=1");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/coordinator/unmatched?x=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("mf_coordinator=v1.", cookie, StringComparison.Ordinal);
        Assert.Contains("; path=/api/coordinator", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; max-age=28800", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiHost.CoordinatorKey, cookie, StringComparison.Ordinal);

        // The test host is http://127.0.0.1: the one place the cookie is not Secure.
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_RightKeyForAnotherHost_MarksTheCookieSecure()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/coordinator/sign-in") { Content = Problem.Form(("key", ApiHost.CoordinatorKey)) };
        request.Headers.Host = "mentoring.example.ac.uk";

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("; secure", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("test-coordinator-key-012345678X")]
    [InlineData("TEST-COORDINATOR-KEY-0123456789")]
    [InlineData("test-coordinator-key-0123456789 ")]
    public async Task Post_WrongKey_Is401WithTheFormAgain_AndNoCookie(string key)
    {
        using var response = await CoordinatorBrowser.SignInAsync(_host, key);

        var page = await Problem.HtmlAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/api/coordinator")]
    [InlineData("/\\evil.example")]
    [InlineData("/api/coordinator/../../evil")]
    [InlineData("/api/coordinator/%2e%2e/x")]
    [InlineData("/api/coordinatorevil")]
    [InlineData("/api/optout")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" /api/coordinator")]
    public async Task Post_NonLocalReturnUrl_RedirectsToTheCoordinatorHomeInstead(string returnUrl)
    {
        using var response = await CoordinatorBrowser.SignInAsync(_host, ApiHost.CoordinatorKey, returnUrl);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/coordinator", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task BrowserWithoutSession_FollowingAnEmailLink_IsSentToSignInAndBack()
    {
        using var request = CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator/concerns/MF-2025-000001", cookie: null);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/coordinator/sign-in?returnUrl=%2Fapi%2Fcoordinator%2Fconcerns%2FMF-2025-000001", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("tampered-mac")]
    [InlineData("tampered-expiry")]
    [InlineData("garbage")]
    [InlineData("other-key")]
    public async Task BadSessionCookie_RedirectsABrowser_AndIs401ForAnApiClient(string kind)
    {
        var good = await CoordinatorBrowser.SignedInCookieAsync(_host);
        var parts = good.Split('.');
        var cookie = kind switch
        {
            "tampered-mac" => $"{parts[0]}.{parts[1]}.{Flip(parts[2])}",
            "tampered-expiry" => $"{parts[0]}.{Flip(parts[1])}.{parts[2]}",
            "other-key" => new CoordinatorSession(new CoordinatorKey("a-rotated-coordinator-key"), _host.Clock).Issue().Token,
            _ => "v1.bm90IGEgdG9rZW4.bm9wZQ",
        };

        using var browser = await _host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator", cookie));
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "api/coordinator");
        apiRequest.Headers.TryAddWithoutValidation("Cookie", $"mf_coordinator={cookie}");
        using var api = await _host.Client.SendAsync(apiRequest);

        Assert.Equal(HttpStatusCode.Redirect, browser.StatusCode);
        await Problem.AssertAsync(api, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignOut_ClearsTheCookie()
    {
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(_host);

        using var response = await _host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Post, "api/coordinator/sign-out", cookie, CoordinatorBrowser.SameOrigin(_host)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var cleared = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("mf_coordinator=;", cleared, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Session_IsValidUntilEightHours_ThenNot()
    {
        var clock = new VirtualTimeProvider(ApiHost.Start);
        var session = new CoordinatorSession(new CoordinatorKey(ApiHost.CoordinatorKey), clock);
        var (token, expiresAt) = session.Issue();

        clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(1));
        Assert.True(session.IsValid(token));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(session.IsValid(token));
        Assert.Equal(ApiHost.Start + TimeSpan.FromHours(8), expiresAt);
    }

    [Fact]
    public async Task ExpiredSessionCookie_IsRedirectedToSignIn()
    {
        await using var host = await ApiHost.StartAsync();
        var cookie = await CoordinatorBrowser.SignedInCookieAsync(host);
        using var fresh = await host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator", cookie));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        ((VirtualTimeProvider)host.Clock).Advance(CoordinatorSession.Lifetime);
        using var expired = await host.Client.SendAsync(CoordinatorBrowser.Request(HttpMethod.Get, "api/coordinator", cookie));

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
    }

    private static string Flip(string part) => (part[0] == 'A' ? 'B' : 'A') + part[1..];
}
