using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Serve;

namespace MentorFlows.Local.Tests.Serve;

public sealed class SchemeDatesWarningTests
{
    private static readonly SchemeCalendar Defaults = new(SchemeDefaults.Settings);

    [Theory]
    [InlineData("2026-04-30T09:00:00Z")] // the closure itself (10:00 in London)
    [InlineData("2026-11-21T07:00:00Z")]
    public void For_ClockAtOrPastClosure_WarnsNamingStartAndEnd(string now)
    {
        var warning = SchemeDatesWarning.For(Defaults, "scheme.json", DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("warning: the scheme year in scheme.json is over (start 2025-10-01, end 2026-04-30): cohort uploads are refused; set start and end in the scheme file to this year's dates", warning);
    }

    [Fact]
    public void For_ClockMoreThanAYearBeforeTheStart_WarnsNamingStartAndEnd()
    {
        var warning = SchemeDatesWarning.For(Defaults, "built-in defaults", new DateTimeOffset(2024, 9, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("warning: the scheme year in built-in defaults starts more than a year from now (start 2025-10-01, end 2026-04-30): check start and end in the scheme file", warning);
    }

    [Theory]
    [InlineData("2024-10-15T12:00:00Z")] // under a year ahead: a host set up early
    [InlineData("2025-09-24T11:00:00Z")] // a week before the start
    [InlineData("2026-01-15T12:00:00Z")]
    [InlineData("2026-04-30T08:59:59Z")]
    public void For_ClockBeforeClosureAndWithinAYearOfTheStart_SaysNothing(string now) =>
        Assert.Null(SchemeDatesWarning.For(Defaults, "scheme.json", DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
