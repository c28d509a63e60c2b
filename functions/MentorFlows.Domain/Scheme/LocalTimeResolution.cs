using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>How the scheme turns a local date and time into an instant on the days the clocks change.</summary>
internal static class LocalTimeResolution
{
    /// <summary>
    /// The instant showing <paramref name="local"/>: in the spring gap (the time does not exist) the moment the clocks
    /// jump, at the end of the gap; in the autumn overlap (it exists twice) the earlier occurrence.
    /// </summary>
    public static Instant Earliest(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }
}
