using MentorFlows.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Security;

/// <summary>
/// Lets a request through to a coordinator route with the right <see cref="HeaderName"/> header (API clients) or a
/// valid session cookie (a browser signed in at <see cref="ApiRoutes.CoordinatorSignIn"/>; an unsafe method then also
/// needs a same-site Origin, <see cref="SameOriginCheck"/>, else 403). A header that is given decides alone: a wrong
/// key is refused even with a good cookie. Without either: a browser asking for a page (GET, Accept text/html) is
/// redirected to sign in and come back; anything else gets 401 problem+json. All before the body is read.
/// </summary>
public sealed class CoordinatorKeyFilter : IEndpointFilter
{
    public const string HeaderName = "X-Coordinator-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return Check(context.HttpContext) is { } refused ? refused : await next(context);
    }

    /// <summary>The check itself, for a host without endpoint filters (the Azure Functions triggers): null when access is granted, otherwise the answer to give.</summary>
    public static IResult? Check(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILogger<CoordinatorKeyFilter>>();
        var given = http.Request.Headers[HeaderName];
        if (given.Count > 0)
        {
            if (given.Count == 1 && services.GetRequiredService<CoordinatorKey>().Matches(given[0]))
            {
                return null;
            }

            return Refuse(http, logger, headerPresent: true, cookiePresent: CoordinatorSessionCookie.Read(http) is not null);
        }

        var cookie = CoordinatorSessionCookie.Read(http);
        if (services.GetRequiredService<CoordinatorSession>().IsValid(cookie))
        {
            if (SameOriginCheck.IsSafeMethod(http.Request.Method) || SameOriginCheck.Allows(http.Request))
            {
                return null;
            }

            ApiLog.CrossSiteRefused(logger, http.Request.Method, RouteOf(http));
            return ApiProblems.CrossSiteRefused();
        }

        if (HttpMethods.IsGet(http.Request.Method) && BrowserRequest.WantsHtml(http))
        {
            ApiLog.CoordinatorKeyRefused(logger, RouteOf(http), headerPresent: false, cookiePresent: cookie is not null);
            return Results.Redirect(SignInUrl(http));
        }

        return Refuse(http, logger, headerPresent: false, cookiePresent: cookie is not null);
    }

    /// <summary>The sign-in page, asked to come back to this request's path and query.</summary>
    internal static string SignInUrl(HttpContext http) =>
        $"{http.Request.PathBase}/api/{ApiRoutes.CoordinatorSignIn}?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}";

    internal static string RouteOf(HttpContext http) => (http.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? "(unknown)";

    private static IResult Refuse(HttpContext http, ILogger logger, bool headerPresent, bool cookiePresent)
    {
        ApiLog.CoordinatorKeyRefused(logger, RouteOf(http), headerPresent, cookiePresent);
        http.Response.Headers.WWWAuthenticate = HeaderName;
        return ApiProblems.CoordinatorKeyRequired();
    }
}
