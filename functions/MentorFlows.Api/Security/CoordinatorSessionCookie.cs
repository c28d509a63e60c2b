using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Security;

/// <summary>
/// The cookie that carries a <see cref="CoordinatorSession"/> token: HttpOnly, SameSite=Strict, Path=/api/coordinator
/// (only coordinator routes see it), Secure unless the request came over plain http to 127.0.0.1, ::1 or localhost
/// (a coordinator trying <c>serve</c> on their own machine), lasting the session's lifetime.
/// </summary>
public static class CoordinatorSessionCookie
{
    public const string Name = "mf_coordinator";
    public const string Path = "/api/coordinator";

    public static void Append(HttpContext http, string token, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Append(Name, token, Options(http, expiresAt));
    }

    public static void Delete(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(Name, Options(http, DateTimeOffset.UnixEpoch));
    }

    /// <summary>The token the request carries, when exactly one cookie of this name came.</summary>
    public static string? Read(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Cookies.TryGetValue(Name, out var token) ? token : null;
    }

    private static CookieOptions Options(HttpContext http, DateTimeOffset expiresAt) => new()
    {
        HttpOnly = true,
        Secure = !IsLocalPlainHttp(http.Request),
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Expires = expiresAt,
        MaxAge = expiresAt > DateTimeOffset.UnixEpoch ? CoordinatorSession.Lifetime : TimeSpan.Zero,
        IsEssential = true,
    };

    private static bool IsLocalPlainHttp(HttpRequest request) =>
        !request.IsHttps && request.Host.Host is "127.0.0.1" or "localhost" or "[::1]";
}
