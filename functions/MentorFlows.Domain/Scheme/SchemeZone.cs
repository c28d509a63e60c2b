using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>The time zone a scheme's dates and hours are read in (IANA ids from the embedded tz database).</summary>
public static class SchemeZone
{
    /// <summary>The zone named by <see cref="SchemeSettings.TimeZone"/>; an unknown id fails with the id in the message.</summary>
    public static DateTimeZone Of(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(scheme.TimeZone)
            ?? throw new ArgumentException($"Unknown time zone '{scheme.TimeZone}': use an IANA id such as Europe/London.", nameof(scheme));
    }
}
