using MentorFlows.Domain.Engagement;
using MentorFlows.Domain.Tests.Scheme;

namespace MentorFlows.Domain.Tests.Engagement;

public sealed class EngagementRulesTests
{
    private static readonly EngagementRules Rules = new(TestSchemes.Default);
    private static readonly CheckInAnswer Met = new(true, 2m);
    private static readonly CheckInAnswer NotMet = new(false);

    [Fact]
    public void Assess_MetEveryMonth_NoSignals()
    {
        var assessment = Rules.Assess([Month(1, Met, Met), Month(2, Met, null), Month(3, null, Met)]);

        Assert.Equal(0, assessment.MonthsWithoutMeeting);
        Assert.False(assessment.OverReliance);
        Assert.Empty(assessment.Signals);
    }

    [Fact]
    public void Assess_OneMonthWithoutMeeting_NoSignals()
    {
        Assert.Empty(Rules.Assess([Month(1, Met, Met), Month(2, NotMet, NotMet)]).Signals);
    }

    [Fact]
    public void Assess_TwoMonthsRunningWithoutMeeting_NudgesMentor()
    {
        var assessment = Rules.Assess([Month(1, Met, Met), Month(2, NotMet, null), Month(3, NotMet, NotMet)]);

        Assert.Equal(2, assessment.MonthsWithoutMeeting);
        Assert.Equal([EngagementSignal.NudgeMentor], assessment.Signals);
    }

    [Fact]
    public void Assess_ThreeMonthsRunningWithoutMeeting_TellsCoordinatorOnce()
    {
        var history = new List<PairCheckInMonth> { Month(1, NotMet, NotMet), Month(2, NotMet, NotMet), Month(3, NotMet, NotMet) };

        Assert.Equal([EngagementSignal.TellCoordinatorNoMeetings], Rules.Assess(history).Signals);

        history.Add(Month(4, NotMet, NotMet));
        var fourth = Rules.Assess(history);
        Assert.Equal(4, fourth.MonthsWithoutMeeting);
        Assert.Empty(fourth.Signals);
    }

    [Fact]
    public void Assess_MeetingBreaksTheRun_CountsAgainFromIt()
    {
        var assessment = Rules.Assess([Month(1, NotMet, NotMet), Month(2, NotMet, NotMet), Month(3, Met, null), Month(4, NotMet, null)]);

        Assert.Equal(1, assessment.MonthsWithoutMeeting);
        Assert.Empty(assessment.Signals);
    }

    [Fact]
    public void Assess_MenteeSaysTheyMetThoughMentorDoesNot_CountsAsMet()
    {
        Assert.Equal(0, Rules.Assess([Month(1, NotMet, NotMet), Month(2, NotMet, Met)]).MonthsWithoutMeeting);
    }

    [Fact]
    public void Assess_UnansweredMonthsByDefault_CountAsNoMeeting()
    {
        var assessment = Rules.Assess([Month(1, Met, Met), Month(2, null, null), Month(3, null, null)]);

        Assert.Equal([EngagementSignal.NudgeMentor], assessment.Signals);
    }

    [Fact]
    public void Assess_MonthMissingFromHistoryByDefault_CountsAsNoMeeting()
    {
        Assert.Equal(3, Rules.Assess([Month(1, NotMet, null), Month(3, NotMet, null)]).MonthsWithoutMeeting);
    }

    [Fact]
    public void Assess_UnansweredMonthsWhenSchemeSaysSo_AreSkipped()
    {
        var rules = new EngagementRules(TestSchemes.Default with { UnansweredCheckInCountsAsNoMeeting = false });

        var skippedLatest = rules.Assess([Month(1, NotMet, null), Month(2, NotMet, null), Month(3, null, null)]);
        Assert.Equal(2, skippedLatest.MonthsWithoutMeeting);
        Assert.Empty(skippedLatest.Signals);

        var acrossGap = rules.Assess([Month(1, NotMet, null), Month(2, null, null), Month(3, NotMet, null)]);
        Assert.Equal([EngagementSignal.NudgeMentor], acrossGap.Signals);
    }

    [Theory]
    [InlineData(4.5, false, true)]
    [InlineData(4.0, false, false)]
    [InlineData(1.0, true, true)]
    public void Assess_HoursAboveMaximumOrDailyContact_TellsCoordinatorOfOverReliance(double hours, bool daily, bool expected)
    {
        var assessment = Rules.Assess([Month(1, new CheckInAnswer(true, (decimal)hours, daily), null)]);

        Assert.Equal(expected, assessment.OverReliance);
        Assert.Equal(expected, assessment.Signals.Contains(EngagementSignal.TellCoordinatorOverReliance));
    }

    [Fact]
    public void Assess_OverRelianceInEarlierMonthOnly_NotSignalledAgain()
    {
        Assert.Empty(Rules.Assess([Month(1, new CheckInAnswer(true, 9m), null), Month(2, Met, Met)]).Signals);
    }

    [Fact]
    public void Assess_SchemeThresholds_AreUsed()
    {
        var rules = new EngagementRules(TestSchemes.Default with
        {
            NudgeAfterMonthsWithoutMeeting = 1,
            TellCoordinatorAfterMonthsWithoutMeeting = 2,
            MaximumHoursPerMonth = 2m,
        });

        Assert.Equal([EngagementSignal.NudgeMentor], rules.Assess([Month(1, NotMet, null)]).Signals);
        Assert.Equal([EngagementSignal.TellCoordinatorNoMeetings], rules.Assess([Month(1, NotMet, null), Month(2, NotMet, null)]).Signals);
        Assert.Equal([EngagementSignal.TellCoordinatorOverReliance], rules.Assess([Month(1, new CheckInAnswer(true, 2.5m), null)]).Signals);
    }

    [Fact]
    public void Assess_EmptyHistory_NothingToSay()
    {
        Assert.Equal(0, Rules.Assess([]).MonthsWithoutMeeting);
        Assert.Empty(Rules.Assess([]).Signals);
    }

    [Fact]
    public void CheckInAnswer_NegativeHours_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CheckInAnswer(true, -1m));
    }

    private static PairCheckInMonth Month(int number, CheckInAnswer? mentor, CheckInAnswer? mentee) => new(number, mentor, mentee);
}
