using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Tests.Scheme;

public sealed class WorkingDaysTests
{
    private static readonly WorkingDays EnglandAndWales = new(EnglandAndWalesBankHolidays.Dates);

    [Theory]
    [InlineData("2025-11-14", 2, "2025-11-18")] // Friday + 2 → Tuesday
    [InlineData("2025-11-15", 2, "2025-11-18")] // Saturday + 2 → Tuesday
    [InlineData("2025-11-16", 1, "2025-11-17")] // Sunday + 1 → Monday
    [InlineData("2025-11-17", 5, "2025-11-24")] // Monday + 5 → next Monday
    [InlineData("2025-12-24", 2, "2025-12-30")] // Christmas and Boxing Day, then a weekend
    [InlineData("2025-12-22", 5, "2025-12-31")]
    [InlineData("2026-04-02", 1, "2026-04-07")] // Good Friday and Easter Monday 2026
    [InlineData("2026-12-24", 1, "2026-12-29")] // Boxing Day 2026 is a Saturday: substitute Monday 28th
    public void Add_OverWeekendsAndBankHolidays_SkipsNonWorkingDays(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), EnglandAndWales.Add(Date(from), days));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-02")]
    [InlineData("2025-11-01", "2025-11-03")]
    [InlineData("2025-11-03", "2025-11-03")]
    public void OnOrAfter_NonWorkingDay_MovesToNextWorkingDay(string date, string expected)
    {
        Assert.Equal(Date(expected), EnglandAndWales.OnOrAfter(Date(date)));
    }

    [Fact]
    public void IsWorkingDay_SchemeHolidays_AreTheOnesConfigured()
    {
        var scheme = TestSchemes.Default with { BankHolidays = [new LocalDate(2025, 11, 17)] };
        var days = WorkingDays.For(scheme);

        Assert.False(days.IsWorkingDay(new LocalDate(2025, 11, 17)));
        Assert.True(days.IsWorkingDay(new LocalDate(2025, 12, 25)));
    }

    [Fact]
    public void Add_ZeroDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWales.Add(new LocalDate(2025, 11, 17), 0));
    }

    [Fact]
    public void Add_AnyDateAndCount_LandsOnTheNthWorkingDayAfter()
    {
        var dates = Gen.Choose(0, 3 * 365).Select(offset => new LocalDate(2025, 1, 1).PlusDays(offset));
        var cases = dates.SelectMany(date => Gen.Choose(1, 15).Select(count => (date, count)));

        Prop.ForAll(Arb.From(cases), input =>
        {
            var result = EnglandAndWales.Add(input.date, input.count);
            var workingDaysBetween = Enumerable.Range(1, Period.Between(input.date, result, PeriodUnits.Days).Days)
                .Count(offset => EnglandAndWales.IsWorkingDay(input.date.PlusDays(offset)));
            return EnglandAndWales.IsWorkingDay(result) && workingDaysBetween == input.count;
        }).QuickCheckThrowOnFailure();
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
