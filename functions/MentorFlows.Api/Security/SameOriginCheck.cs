using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Security;

/// <summary>
/// The CSRF defence for unsafe requests that authenticate with the session cookie alone (no key header): the cookie is
/// SameSite=Strict, and the request must say where it came from with an <c>Origin</c> header (or, when a browser sent
/// none, a <c>Referer</c>) whose host and port equal the request's <c>Host</c>. A request naming neither is refused:
/// every browser that sends SameSite cookies sends Origin on a POST. Coordinator pages use
/// <c>Referrer-Policy: same-origin</c>, under which browsers send the real Origin on same-origin posts
/// (<c>no-referrer</c> would make it <c>null</c>).
/// </summary>
public static class SameOriginCheck
{
    public static bool IsSafeMethod(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>True when the request's Origin (else Referer) names this host.</summary>
    public static bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin;
        var source = origin.Count > 0 ? origin : request.Headers.Referer;
        return source.Count == 1
            && Uri.TryCreate(source[0], UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
