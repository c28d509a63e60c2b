using System.Globalization;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Local.Serve;

/// <summary>
/// The one <c>warning:</c> line <c>serve</c> prints at start-up when its scheme file's dates do not fit the clock: the
/// year has closed (<see cref="SchemeCalendar.ClosureAt"/> is past, so every cohort upload is refused), or it starts
/// more than <see cref="EarlyLimitDays"/> days from now (most likely a mistyped year). A scheme starting within that is
/// fine: a host is set up, and the cohort uploaded, ahead of the year.
/// </summary>
public static class SchemeDatesWarning
{
    /// <summary>How long before the scheme's start a host may run without a warning.</summary>
    public const int EarlyLimitDays = 366;

    /// <summary>The warning line for <paramref name="calendar"/> read from <paramref name="source"/> at <paramref name="now"/>, or null when the dates fit.</summary>
    public static string? For(SchemeCalendar calendar, string source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var instant = Instant.FromDateTimeOffset(now);
        var dates = string.Create(CultureInfo.InvariantCulture, $"start {calendar.Scheme.Start:yyyy-MM-dd}, end {calendar.Scheme.End:yyyy-MM-dd}");
        if (!calendar.AcceptsCohortUploadAt(instant))
        {
            return $"warning: the scheme year in {source} is over ({dates}): cohort uploads are refused; set start and end in the scheme file to this year's dates";
        }

        if (calendar.StartsAt - instant > Duration.FromDays(EarlyLimitDays))
        {
            return $"warning: the scheme year in {source} starts more than a year from now ({dates}): check start and end in the scheme file";
        }

        return null;
    }
}
