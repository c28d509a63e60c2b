using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Api.Security;

/// <summary>
/// Rate limiting: a token bucket per client IP address, one set of buckets for the participant routes (links from
/// emails, open to the internet) and one for the coordinator routes. A refused request gets 429 problem+json with
/// Retry-After. Behind a reverse proxy, configure forwarded headers so the client's address is the real one.
/// </summary>
public static class ApiRateLimits
{
    public const string ParticipantPolicy = "participant-links";

    public const string CoordinatorPolicy = "coordinator";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, ApiLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ParticipantPolicy, http => Bucket(http, limits.ParticipantPermitsPerMinute, limits.ParticipantBurst));
            options.AddPolicy(CoordinatorPolicy, http => Bucket(http, limits.CoordinatorPermitsPerMinute, limits.CoordinatorBurst));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problem = TypedResults.Problem(
                    detail: "Too many requests from this address; try again shortly.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.");
                await problem.ExecuteAsync(context.HttpContext);
            };
        });
    }

    /// <summary>
    /// One bucket per address. Up to 600 a minute, one token comes back every 60/N seconds (smooth refill); above that,
    /// N/60 tokens come back each second (a finer timer would cost more than it smooths).
    /// </summary>
    private static RateLimitPartition<IPAddress> Bucket(HttpContext http, int permitsPerMinute, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress ?? IPAddress.None, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = permitsPerMinute <= 600 ? 1 : permitsPerMinute / 60,
            ReplenishmentPeriod = permitsPerMinute <= 600 ? TimeSpan.FromSeconds(60.0 / permitsPerMinute) : TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
