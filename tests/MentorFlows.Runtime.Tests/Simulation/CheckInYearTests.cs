using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class CheckInYearTests
{
    [Fact]
    public async Task Year_CheckIns_OneToEachMenteeAndOneToEachMentorEveryMonthOfTheScheme()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"));

        // November to April, each asking about the month before; April itself is asked by the closure's final survey.
        int[] months = [11, 12, 1, 2, 3, 4];
        Assert.Equal(months, run.To("S1").Where(e => e.Kind == EmailKind.CheckInMentee).Select(e => YearRun.Local(run.SentAt[e.Id]).Month));
        Assert.Equal(months, run.To("S2").Where(e => e.Kind == EmailKind.CheckInMentee).Select(e => YearRun.Local(run.SentAt[e.Id]).Month));
        var mentor = run.To("M1").Where(e => e.Kind == EmailKind.CheckInMentor).ToList();
        Assert.Equal(months, mentor.Select(e => YearRun.Local(run.SentAt[e.Id]).Month));
        Assert.All(mentor, e => Assert.Equal(["M1", "S1", "S2"], e.StudentIds));
    }

    [Fact]
    public async Task Year_TwoMonthsWithoutMeeting_NudgesTheMentorThenThreeTellTheCoordinator()
    {
        var events = new List<SimulationEvent>();
        foreach (var (year, month) in new[] { (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4) })
        {
            events.Add(new CheckInResponseEvent(YearRun.Utc(year, month, 10, 12, 0), "S1", true, 2m));
        }

        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"), [.. events], uploads: null);

        var flagged = run.Timeline(TimelineEventKind.EngagementFlagged).ToList();
        var s2 = run.Result.Matches.Single(m => m.MenteeId == "S2").MatchId;
        Assert.Equal(
            [("NudgeMentor", YearRun.Utc(2026, 1, 2, 10, 0)), ("TellCoordinatorNoMeetings", YearRun.Utc(2026, 2, 2, 10, 0))],
            flagged.Where(e => e.Subject == s2).Select(e => (e.Details!["signal"], e.AtUtc)));
        Assert.DoesNotContain(flagged, e => e.Subject != s2);
        Assert.Single(run.OfKind(EmailKind.Nudge), e => e.StudentIds.SequenceEqual(["M1", "S2"]));
    }

    [Fact]
    public async Task Year_MoreThanFourHoursAMonth_TellsTheCoordinator()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            new CheckInResponseEvent(YearRun.Utc(2025, 11, 5, 12, 0), "M1", true, 6m));

        var flag = Assert.Single(run.Timeline(TimelineEventKind.EngagementFlagged), e => e.Details!["signal"] == "TellCoordinatorOverReliance");
        Assert.Equal(YearRun.Utc(2025, 12, 1, 10, 0), flag.AtUtc);
        Assert.Contains(run.OfKind(EmailKind.CoordinatorReminder), e => run.SentAt[e.Id] == flag.AtUtc);
    }
}
