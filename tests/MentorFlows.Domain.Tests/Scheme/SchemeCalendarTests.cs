using MentorFlows.Domain.Scheme;
using NodaTime;
using static MentorFlows.Domain.Tests.Scheme.TestSchemes;

namespace MentorFlows.Domain.Tests.Scheme;

public sealed class SchemeCalendarTests
{
    private static readonly SchemeCalendar Calendar = new(Default);

    [Fact]
    public void Months_DefaultYear_AreOctoberToAprilInclusive()
    {
        Assert.Equal(7, Calendar.Months.Count);
        Assert.Equal(new SchemeMonth(1, new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31)), Calendar.Months[0]);
        Assert.Equal(new SchemeMonth(5, new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), Calendar.Months[4]);
        Assert.Equal(new SchemeMonth(7, new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), Calendar.Months[6]);
    }

    [Fact]
    public void Months_StartAndEndMidMonth_AreClippedToTheScheme()
    {
        var calendar = new SchemeCalendar(Default with { Start = new LocalDate(2025, 10, 15), End = new LocalDate(2026, 1, 10) });

        Assert.Equal(
            [
                new SchemeMonth(1, new LocalDate(2025, 10, 15), new LocalDate(2025, 10, 31)),
                new SchemeMonth(2, new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30)),
                new SchemeMonth(3, new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 31)),
                new SchemeMonth(4, new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 10)),
            ],
            calendar.Months);
    }

    [Fact]
    public void CheckInRounds_DefaultYear_FirstWorkingDayOfNovemberToAprilAtTenLocal()
    {
        Assert.Equal(
            [
                Utc(2025, 11, 3, 10), // 1 November is a Saturday
                Utc(2025, 12, 1, 10),
                Utc(2026, 1, 2, 10), // 1 January is a bank holiday
                Utc(2026, 2, 2, 10), // 1 February is a Sunday
                Utc(2026, 3, 2, 10),
                Utc(2026, 4, 1, 9), // 10:00 BST
            ],
            Calendar.CheckInRounds.Select(round => round.At));
        Assert.Equal([1, 2, 3, 4, 5, 6], Calendar.CheckInRounds.Select(round => round.Number));
        Assert.Equal([1, 2, 3, 4, 5, 6], Calendar.CheckInRounds.Select(round => round.CoveredMonth.Number));
    }

    [Fact]
    public void CheckInRoundsForMatch_StartedMidNovember_StartsWithTheRoundAboutNovember()
    {
        var rounds = Calendar.CheckInRoundsForMatch(new LocalDate(2025, 11, 20));

        Assert.Equal([2, 3, 4, 5, 6], rounds.Select(round => round.CoveredMonth.Number));
    }

    [Fact]
    public void CheckInRoundsForMatch_MadeBeforeSchemeStart_GetsEveryRound()
    {
        Assert.Equal(Calendar.CheckInRounds, Calendar.CheckInRoundsForMatch(new LocalDate(2025, 9, 24)));
    }

    [Fact]
    public void ReviewSurveysForMatch_StartedOnSchemeStart_ThreeAndSixMonthsOnWorkingDays()
    {
        var reviews = Calendar.ReviewSurveysForMatch(new LocalDate(2025, 10, 1));

        Assert.Equal(
            [
                new ReviewSurvey(ReviewPoint.MidPoint, 3, Utc(2026, 1, 2, 10)), // 1 January is a bank holiday
                new ReviewSurvey(ReviewPoint.EndPoint, 6, Utc(2026, 4, 1, 9)),
            ],
            reviews);
    }

    [Fact]
    public void ReviewSurveysForMatch_EndPointAfterSchemeEnd_IsNotSent()
    {
        var reviews = Calendar.ReviewSurveysForMatch(new LocalDate(2025, 11, 15));

        Assert.Equal([new ReviewSurvey(ReviewPoint.MidPoint, 3, Utc(2026, 2, 16, 10))], reviews); // 15 February is a Sunday
    }

    [Fact]
    public void ReviewSurveysForMatch_EndPointOnClosureDay_IsLeftToTheClosureSurvey()
    {
        var reviews = Calendar.ReviewSurveysForMatch(new LocalDate(2025, 10, 30));

        Assert.Equal([ReviewPoint.MidPoint], reviews.Select(review => review.Point));
    }

    [Fact]
    public void ReviewSurveysForMatch_MadeBeforeSchemeStart_CountsFromTheStart()
    {
        Assert.Equal(
            Calendar.ReviewSurveysForMatch(new LocalDate(2025, 10, 1)),
            Calendar.ReviewSurveysForMatch(new LocalDate(2025, 9, 24)));
    }

    [Fact]
    public void ClosureAt_DefaultYear_IsEndDateAtTenBritishSummerTime()
    {
        Assert.Equal(Utc(2026, 4, 30, 9), Calendar.ClosureAt);
        Assert.True(Calendar.ContactWindow.IsOpen(Calendar.ClosureAt));
    }

    [Fact]
    public void ErasureAfterClosureAt_DefaultRetention_ThirtyDaysAfterClosure()
    {
        Assert.Equal(Utc(2026, 5, 30, 9), Calendar.ErasureAfterClosureAt);
    }

    [Fact]
    public void ErasureAfterLeavingAt_AcrossClockChange_KeepsLocalTimeOfDay()
    {
        // 12:00 GMT on 20 March; 30 days later it is 12:00 BST.
        Assert.Equal(Utc(2026, 4, 19, 11), Calendar.ErasureAfterLeavingAt(Utc(2026, 3, 20, 12)));
    }

    [Fact]
    public void ErasureAfterLeavingAt_CustomRetention_UsesSchemeSetting()
    {
        var calendar = new SchemeCalendar(Default with { RetentionDaysAfterOptOut = 7 });

        Assert.Equal(Utc(2025, 12, 17, 15), calendar.ErasureAfterLeavingAt(Utc(2025, 12, 10, 15)));
    }

    [Fact]
    public void StartsAt_DefaultYear_IsLocalMidnightOfFirstOctober()
    {
        Assert.Equal(Utc(2025, 9, 30, 23), Calendar.StartsAt);
    }

    [Fact]
    public void Constructor_ScheduledSendTimeOutsideWindow_ExplainsTheProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => new SchemeCalendar(Default with { ScheduledSendTime = new LocalTime(19, 0) }));

        Assert.Contains("19:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("contact window", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SchemeCalendar(Default with { End = new LocalDate(2025, 9, 1) }));
    }

    [Theory]
    [InlineData(new[] { 6, 3 })]
    [InlineData(new[] { 0, 3 })]
    [InlineData(new[] { 2, 4, 6 })]
    public void Constructor_InvalidReviewMonths_Throws(int[] months)
    {
        Assert.Throws<ArgumentException>(() => new SchemeCalendar(Default with { ReviewAfterMonths = months }));
    }

    [Fact]
    public void Constructor_ConcernReminderAfterEscalation_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SchemeCalendar(Default with { ConcernReminderWorkingDays = [2, 8] }));
    }

    [Fact]
    public void Constructor_UnknownTimeZone_NamesTheZone()
    {
        var error = Assert.Throws<ArgumentException>(() => new SchemeCalendar(Default with { TimeZone = "Europe/Atlantis" }));

        Assert.Contains("Europe/Atlantis", error.Message, StringComparison.Ordinal);
    }
}
