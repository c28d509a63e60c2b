using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// England and Wales bank holidays of 2025, 2026 and 2027 (gov.uk/bank-holidays), the default
/// <see cref="SchemeSettings.BankHolidays"/>. A scheme outside these years, or in Scotland or Northern Ireland,
/// lists its own in the scheme file.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    public static IReadOnlyList<LocalDate> Dates { get; } =
    [
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5),
        new(2025, 5, 26), new(2025, 8, 25), new(2025, 12, 25), new(2025, 12, 26),

        // 26 December 2026 is a Saturday: the substitute day is Monday 28 December.
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4),
        new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),

        // 25 and 26 December 2027 fall on a weekend: substitute days Monday 27 and Tuesday 28 December.
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3),
        new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
    ];
}
