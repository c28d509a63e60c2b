using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Tests.Scheme;
using static MentorFlows.Domain.Tests.Scheme.TestSchemes;

namespace MentorFlows.Domain.Tests.Concerns;

public sealed class ConcernFollowUpTests
{
    private static readonly SchemeCalendar Calendar = new(TestSchemes.Default);

    [Fact]
    public void RemindersFor_RaisedOnFriday_SecondAndFifthWorkingDaysAtTen()
    {
        var raised = Utc(2025, 11, 14, 15);

        Assert.Equal([Utc(2025, 11, 18, 10), Utc(2025, 11, 21, 10)], ConcernFollowUp.RemindersFor(raised, Calendar));
        Assert.Equal(Utc(2025, 11, 25, 10), ConcernFollowUp.EscalationFor(raised, Calendar));
    }

    [Fact]
    public void RemindersFor_RaisedBeforeChristmas_SkipsBankHolidaysAndWeekends()
    {
        var raised = Utc(2025, 12, 23, 21);

        // Working days after Tuesday 23 December: 24, 29, 30, 31 December, 2 January, 5, 6 January.
        Assert.Equal([Utc(2025, 12, 29, 10), Utc(2026, 1, 2, 10)], ConcernFollowUp.RemindersFor(raised, Calendar));
        Assert.Equal(Utc(2026, 1, 6, 10), ConcernFollowUp.EscalationFor(raised, Calendar));
    }

    [Fact]
    public void RemindersFor_LateEveningInSummerTime_CountsFromTheLocalDate()
    {
        // 23:30 UTC on Sunday 29 March is 00:30 BST on Monday 30 March; Easter is 3–6 April 2026.
        var raised = Utc(2026, 3, 29, 23, 30);

        Assert.Equal([Utc(2026, 4, 1, 9), Utc(2026, 4, 8, 9)], ConcernFollowUp.RemindersFor(raised, Calendar));
    }

    [Fact]
    public void RemindersFor_SchemeSettings_DecideTheDays()
    {
        var calendar = new SchemeCalendar(TestSchemes.Default with { ConcernReminderWorkingDays = [1], ConcernEscalationWorkingDays = 3 });
        var raised = Utc(2025, 11, 17, 9);

        Assert.Equal([Utc(2025, 11, 18, 10)], ConcernFollowUp.RemindersFor(raised, calendar));
        Assert.Equal(Utc(2025, 11, 20, 10), ConcernFollowUp.EscalationFor(raised, calendar));
    }
}
