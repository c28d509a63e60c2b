using MentorFlows.Domain.Scheme;
using NodaTime;
using NodaTime.Text;

namespace MentorFlows.Local.Simulation;

/// <summary>
/// The simulated period, <see cref="FromUtc"/> inclusive to <see cref="ToUtc"/> exclusive. DESIGN.md default: from
/// seven days before the scheme starts (local midnight) to the end of the day of the final erasure (the end of the
/// retention period after closure). <c>--from</c> and <c>--to</c> take a date, read in the scheme's zone (a
/// <c>--to</c> date includes that whole day), or an ISO-8601 instant with Z or an offset.
/// </summary>
public sealed record RunWindow(DateTime FromUtc, DateTime ToUtc)
{
    private static readonly OffsetDateTimePattern InstantPattern = OffsetDateTimePattern.ExtendedIso;

    /// <exception cref="FormatException">A value is neither a date nor an instant, or the window is empty (the message says which option).</exception>
    public static RunWindow For(SchemeSettings scheme, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var calendar = new SchemeCalendar(scheme);
        var zone = calendar.Zone;
        var start = from is null
            ? zone.AtStartOfDay(scheme.Start.PlusDays(-7)).ToInstant()
            : Parse(from, "--from", zone, endOfDay: false);
        var end = to is null
            ? zone.AtStartOfDay(calendar.DateOf(calendar.ErasureAfterClosureAt).PlusDays(1)).ToInstant()
            : Parse(to, "--to", zone, endOfDay: true);
        if (end <= start)
        {
            throw new FormatException("--to must come after --from");
        }

        return new RunWindow(start.ToDateTimeUtc(), end.ToDateTimeUtc());
    }

    public bool Contains(DateTime utc) => utc >= FromUtc && utc < ToUtc;

    private static Instant Parse(string text, string option, DateTimeZone zone, bool endOfDay)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            return zone.AtStartOfDay(endOfDay ? date.Value.PlusDays(1) : date.Value).ToInstant();
        }

        var instant = InstantPattern.Parse(text);
        if (instant.Success)
        {
            return instant.Value.ToInstant();
        }

        throw new FormatException($"{option} must be a date (2025-09-24, in the scheme's time zone) or an instant with Z or an offset (2025-09-24T08:00:00Z)");
    }
}
