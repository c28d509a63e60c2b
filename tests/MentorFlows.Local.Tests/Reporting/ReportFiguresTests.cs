using MentorFlows.Domain.Surveys;
using MentorFlows.Local.Outbox;
using MentorFlows.Local.Reporting;
using MentorFlows.Local.Tests.Outbox;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using NodaTime;

namespace MentorFlows.Local.Tests.Reporting;

public sealed class ReportFiguresTests
{
    private static readonly DateTime November = new(2025, 11, 4, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EngagementMonth_CountsAnswersMetHoursAndFlagsButNotNudgesAsFlags()
    {
        var input = TestReports.Input() with
        {
            Timeline =
            [
                new TimelineEntry("a", November, TimelineEventKind.CheckInRecorded, "m-1"),
                new TimelineEntry("b", November, TimelineEventKind.EngagementFlagged, "m-1", new Dictionary<string, string> { ["signal"] = "NudgeMentor" }),
                new TimelineEntry("c", November, TimelineEventKind.EngagementFlagged, "m-1", new Dictionary<string, string> { ["signal"] = "TellCoordinator" }),
            ],
            CheckInAnswers = [new CheckInResponseEvent(November, "25000001", true, 2.5m), new CheckInResponseEvent(November, "25000002", false, null)],
            Emails = [],
        };

        var month = Assert.Single(EngagementMonth.For(input, new ReportClock(DateTimeZoneProviders.Tzdb["Europe/London"])));

        Assert.Equal(new EngagementMonth(new YearMonth(2025, 11), 0, 1, 2, 1, 2.5m, 0, 1), month);
    }

    [Fact]
    public void SurveyResults_CountTheLatestAnswerPerStudentAndSurvey_AndTheEmailsThatCarriedIt()
    {
        var input = TestReports.Input() with
        {
            SurveyAnswers =
            [
                new SurveyResponseEvent(November, "25000001", "mid-point", 2, false),
                new SurveyResponseEvent(November.AddDays(1), "25000001", "mid-point", 5, true),
                new SurveyResponseEvent(November, "22000001", "mid-point", 4, true),
                new SurveyResponseEvent(November, "22000001", "final", 3, false),
            ],
            Emails = [OutboxEntry.Of(TestEmails.Intro() with { Kind = EmailKind.Review3Months }, November), OutboxEntry.Of(TestEmails.Intro() with { Kind = EmailKind.Review3Months }, November)],
        };

        var results = SurveyResults.For(input);

        Assert.Equal(
            [
                new SurveyResults(SurveyPoint.MidPointReview, 2, 2, 4.5m, 2),
                new SurveyResults(SurveyPoint.EndPointReview, 0, 0, null, 0),
                new SurveyResults(SurveyPoint.FinalFeedback, 0, 1, 3m, 0),
            ],
            results);
    }

    [Fact]
    public void MatchEnding_TakesTheFirstEndAndItsReason()
    {
        var ended = MatchEnding.For(
        [
            new TimelineEntry("a", November, TimelineEventKind.MatchPaused, "m-1"),
            new TimelineEntry("b", November.AddDays(1), TimelineEventKind.MatchEnded, "m-1", new Dictionary<string, string> { ["reason"] = "MentorResigned" }),
            new TimelineEntry("c", November.AddDays(2), TimelineEventKind.MatchClosed, "m-1"),
            new TimelineEntry("d", November, TimelineEventKind.MatchPaused, "m-2"),
        ]);

        Assert.Equal(new MatchEnding(MatchStatus.Ended, MatchEndReason.MentorResigned, November.AddDays(1)), ended["m-1"]);
        Assert.Equal(MatchStatus.Paused, ended["m-2"].Status);
    }

    [Fact]
    public void Render_MatchRecordedAsActive_ShowsHowTheTimelineSaysItEnded()
    {
        var input = TestReports.Input();
        input = input with
        {
            Matches = [input.Matches[0] with { Status = MatchStatus.Active, EndReason = null, EndedAtUtc = null }],
            Timeline = [.. input.Timeline, new TimelineEntry("e", November, TimelineEventKind.MatchEnded, "m-1", new Dictionary<string, string> { ["reason"] = "MenteeOptedOut" })],
        };

        var html = ReportHtml.Render(input);

        Assert.Contains(">mentee opted out</span><br>Tue 4 Nov 2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcernFigures_ReadsRiskOfHarmAndOutcome()
    {
        var concern = Assert.Single(ConcernFigures.For(TestReports.Input().Timeline));

        Assert.Equal(("C-0001", "safeguarding", true, "adviceGiven"), (concern.Reference, concern.Category, concern.ImmediateRisk, concern.Outcome));
    }
}
