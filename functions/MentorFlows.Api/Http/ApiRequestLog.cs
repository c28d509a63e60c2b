using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Http;

/// <summary>
/// One log line per request: method, route pattern (<c>/api/optout</c>, <c>/api/coordinator/concerns/{reference}</c>),
/// status and time taken. Not the path as sent nor the query string: those hold tokens and ids. ASP.NET Core's own
/// request logging, which does print them, is filtered out by <see cref="Serve.ServeHost"/>.
/// </summary>
public static class ApiRequestLog
{
    public const string Category = "MentorFlows.Api.Requests";

    public static IApplicationBuilder UseApiRequestLog(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                ApiLog.Request(logger, http.Request.Method, route, http.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }
}
