using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Http;

/// <summary>
/// ASP.NET Core's own request logs ("Request starting GET http://host/api/optout?token=...") print the path and query
/// string as sent, and those carry signed-link tokens and ids. Every host of the API (<c>serve</c> and the Azure
/// Functions worker, whose ASP.NET Core integration logs the same way and forwards its logs to Application Insights)
/// keeps that category at warnings and above; <see cref="ApiRequestLog"/> logs the route pattern instead.
/// </summary>
public static class FrameworkRequestLogs
{
    /// <summary>The framework's log category prefix (hosting, routing, Kestrel, server).</summary>
    public const string Category = "Microsoft.AspNetCore";

    public static ILoggingBuilder QuietFrameworkRequestLogs(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        return logging.AddFilter(Category, LogLevel.Warning);
    }
}
