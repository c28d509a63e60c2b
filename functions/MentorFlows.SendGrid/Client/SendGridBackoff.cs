using System.Globalization;
using System.Net.Http.Headers;

namespace MentorFlows.SendGrid.Client;

/// <summary>How long to wait before the next attempt. Deterministic (no jitter), so tests can pin every delay.</summary>
internal static class SendGridBackoff
{
    /// <summary>
    /// After failed attempt <paramref name="attempt"/> (1-based): <paramref name="initial"/> × 2^(attempt − 1), at most
    /// <paramref name="max"/>.
    /// </summary>
    public static TimeSpan After(int attempt, TimeSpan initial, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var ticks = Math.Min(initial.Ticks * factor, max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// What the server asked for: <c>Retry-After</c> in seconds or as an HTTP date, else <c>X-RateLimit-Reset</c> (Unix
    /// seconds, sent by other v3 endpoints). A time already past means "now" (zero). Null when neither header is usable.
    /// </summary>
    public static TimeSpan? Requested(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                return Until(date, now);
            }
        }

        if (headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds)
            && unixSeconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return Until(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), now);
        }

        return null;
    }

    private static TimeSpan Until(DateTimeOffset when, DateTimeOffset now) => when <= now ? TimeSpan.Zero : when - now;
}
