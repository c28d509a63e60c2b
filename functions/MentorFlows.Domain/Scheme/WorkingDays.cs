using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// Working days: Monday to Friday, except the scheme's bank holidays. Used to count concern reminders
/// (DOMAIN.md: reminders at 2 and 5 working days) and to place check-in rounds and reviews on days staff are in.
/// </summary>
public sealed class WorkingDays
{
    private readonly HashSet<LocalDate> _holidays;

    public WorkingDays(IEnumerable<LocalDate> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _holidays = [.. bankHolidays];
    }

    /// <summary>Working days with <paramref name="scheme"/>'s bank holidays.</summary>
    public static WorkingDays For(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new WorkingDays(scheme.BankHolidays);
    }

    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary><paramref name="date"/> itself if it is a working day, else the next working day.</summary>
    public LocalDate OnOrAfter(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day strictly after <paramref name="date"/> (which need not be a working
    /// day itself): Friday + 2 is Tuesday, Saturday + 2 is Tuesday too.
    /// </summary>
    public LocalDate Add(LocalDate date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        for (var counted = 0; counted < count;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
