using System.Globalization;
using NodaTime;

namespace MentorFlows.Local.Reporting;

/// <summary>How the report shows instants: in the scheme's zone (UK time by default), with the zone's abbreviation.</summary>
internal sealed class ReportClock
{
    private readonly DateTimeZone _zone;

    public ReportClock(DateTimeZone zone)
    {
        _zone = zone;
    }

    public ZonedDateTime Local(DateTime utc) => NodaTime.Instant.FromDateTimeUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(_zone);

    /// <summary><c>Tue 14 Oct 2025, 21:30 BST</c>.</summary>
    public string Instant(DateTime utc)
    {
        var local = Local(utc);
        return $"{local.ToString("ddd d MMM uuuu, HH:mm", CultureInfo.InvariantCulture)} {local.GetZoneInterval().Name}";
    }

    /// <summary><c>14 Oct, 21:30</c>: inside a month heading.</summary>
    public string DayAndTime(DateTime utc) => Local(utc).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>Tue 14 Oct 2025</c>.</summary>
    public string Date(DateTime utc) => Date(Local(utc).Date);

    public static string Date(LocalDate date) => date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);

    public YearMonth MonthOf(DateTime utc) => Local(utc).Date.ToYearMonth();

    /// <summary><c>October 2025</c>.</summary>
    public static string Month(YearMonth month) => month.ToString("MMMM uuuu", CultureInfo.InvariantCulture);
}
