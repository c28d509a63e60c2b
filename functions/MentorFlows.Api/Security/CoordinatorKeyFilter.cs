using MentorFlows.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Security;

/// <summary>
/// Lets a request through to a coordinator route only with the right <see cref="HeaderName"/> header; otherwise 401
/// problem+json, before the body is read and before anything is done.
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

    /// <summary>The check itself, for a host without endpoint filters (the Azure Functions triggers): null when the key is right, otherwise the 401 to answer with.</summary>
    public static IResult? Check(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var key = http.RequestServices.GetRequiredService<CoordinatorKey>();
        var given = http.Request.Headers[HeaderName];
        if (given.Count == 1 && key.Matches(given[0]))
        {
            return null;
        }

        ApiLog.CoordinatorKeyRefused(http.RequestServices.GetRequiredService<ILogger<CoordinatorKeyFilter>>(), RouteOf(http), given.Count > 0);
        http.Response.Headers.WWWAuthenticate = $"{HeaderName}";
        return ApiProblems.CoordinatorKeyRequired();
    }

    internal static string RouteOf(HttpContext http) => (http.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? "(unknown)";
}
