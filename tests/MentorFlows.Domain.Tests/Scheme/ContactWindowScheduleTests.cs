using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Scheme;
using NodaTime;
using static MentorFlows.Domain.Tests.Scheme.TestSchemes;

namespace MentorFlows.Domain.Tests.Scheme;

public sealed class ContactWindowScheduleTests
{
    private static readonly ContactWindowSchedule London = ContactWindowSchedule.For(Default);

    [Theory]
    [InlineData("2025-12-10T08:00:00Z")] // 08:00 GMT: From is inclusive
    [InlineData("2025-12-10T12:30:00Z")]
    [InlineData("2025-12-10T18:59:00Z")] // 18:59 GMT
    [InlineData("2025-07-10T07:00:00Z")] // 08:00 BST
    [InlineData("2025-07-10T17:59:00Z")] // 18:59 BST
    public void NextOpening_InsideWindow_ReturnsSameInstant(string utc)
    {
        var instant = InstantPattern(utc);

        Assert.True(London.IsOpen(instant));
        Assert.Equal(instant, London.NextOpening(instant));
    }

    [Theory]
    [InlineData("2025-12-10T19:00:00Z", "2025-12-11T08:00:00Z")] // 19:00 GMT: To is exclusive
    [InlineData("2025-12-10T06:15:00Z", "2025-12-10T08:00:00Z")] // early morning, same day
    [InlineData("2025-12-10T23:59:00Z", "2025-12-11T08:00:00Z")]
    [InlineData("2025-07-10T18:00:00Z", "2025-07-11T07:00:00Z")] // 19:00 BST
    [InlineData("2025-07-10T23:30:00Z", "2025-07-11T07:00:00Z")] // 00:30 BST the next day
    [InlineData("2025-12-31T21:00:00Z", "2026-01-01T08:00:00Z")] // the window ignores holidays: emails may go any day
    public void NextOpening_OutsideWindow_DefersToNextLocalOpening(string utc, string expected)
    {
        Assert.Equal(InstantPattern(expected), London.NextOpening(InstantPattern(utc)));
    }

    [Theory]
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29T07:00:00Z")] // 23:30 GMT → 08:00 BST on the change day
    [InlineData("2026-03-29T00:59:00Z", "2026-03-29T07:00:00Z")] // last GMT minute
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29T07:00:00Z")] // first BST minute (02:00 BST)
    [InlineData("2026-03-29T06:59:00Z", "2026-03-29T07:00:00Z")] // 07:59 BST
    [InlineData("2026-03-29T07:00:00Z", "2026-03-29T07:00:00Z")] // 08:00 BST, open
    [InlineData("2026-03-29T17:59:00Z", "2026-03-29T17:59:00Z")] // 18:59 BST, open
    [InlineData("2026-03-29T18:00:00Z", "2026-03-30T07:00:00Z")] // 19:00 BST, closed
    public void NextOpening_SpringForwardDay_OpensAtEightBritishSummerTime(string utc, string expected)
    {
        Assert.Equal(InstantPattern(expected), London.NextOpening(InstantPattern(utc)));
    }

    [Theory]
    [InlineData("2025-10-25T18:30:00Z", "2025-10-26T08:00:00Z")] // 19:30 BST → 08:00 GMT on the change day
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26T08:00:00Z")] // 01:30 BST, first pass
    [InlineData("2025-10-26T01:30:00Z", "2025-10-26T08:00:00Z")] // 01:30 GMT, second pass
    [InlineData("2025-10-26T07:59:00Z", "2025-10-26T08:00:00Z")] // 07:59 GMT
    [InlineData("2025-10-26T08:00:00Z", "2025-10-26T08:00:00Z")] // 08:00 GMT, open
    [InlineData("2025-10-26T18:59:00Z", "2025-10-26T18:59:00Z")] // 18:59 GMT, open
    [InlineData("2025-10-26T19:00:00Z", "2025-10-27T08:00:00Z")]
    public void NextOpening_FallBackDay_OpensAtEightGreenwichMeanTime(string utc, string expected)
    {
        Assert.Equal(InstantPattern(expected), London.NextOpening(InstantPattern(utc)));
    }

    [Fact]
    public void NextOpening_OpeningTimeInSpringGap_OpensWhenClocksJump()
    {
        var early = new ContactWindowSchedule(London.Zone, new ContactWindow(new LocalTime(1, 30), new LocalTime(19, 0)));

        // 01:30 does not exist on 2026-03-29: the clocks go from 01:00 GMT to 02:00 BST, which is already past 01:30.
        Assert.Equal(Utc(2026, 3, 29, 1, 0), early.NextOpening(Utc(2026, 3, 29, 0, 45)));
    }

    [Fact]
    public void NextOpening_OpeningTimeInAutumnOverlap_TakesFirstOccurrenceNotYetPast()
    {
        var early = new ContactWindowSchedule(London.Zone, new ContactWindow(new LocalTime(1, 30), new LocalTime(19, 0)));

        // 01:30 happens twice on 2025-10-26: at 00:30Z (BST) and at 01:30Z (GMT).
        Assert.Equal(Utc(2025, 10, 26, 0, 30), early.NextOpening(Utc(2025, 10, 26, 0, 10)));
        Assert.Equal(Utc(2025, 10, 26, 1, 30), early.NextOpening(Utc(2025, 10, 26, 1, 10)));
    }

    [Fact]
    public void NextOpening_AnyInstant_IsTheFirstOpenMinuteAtOrAfterIt()
    {
        var from = Utc(2025, 1, 1, 0);
        var seconds = Gen.Choose(0, 3 * 365 * 24 * 3600);

        Prop.ForAll(Arb.From(seconds), offset =>
        {
            var instant = from + Duration.FromSeconds(offset);
            var opening = London.NextOpening(instant);
            return opening >= instant && London.IsOpen(opening) && NoOpenMinuteBetween(instant, opening);
        }).QuickCheckThrowOnFailure();
    }

    private static bool NoOpenMinuteBetween(Instant from, Instant to)
    {
        var minute = Instant.FromUnixTimeSeconds((from.ToUnixTimeSeconds() + 59) / 60 * 60);
        for (; minute < to; minute += Duration.FromMinutes(1))
        {
            if (London.IsOpen(minute))
            {
                return false;
            }
        }

        return true;
    }

    private static Instant InstantPattern(string utc) => NodaTime.Text.InstantPattern.General.Parse(utc).GetValueOrThrow();
}
