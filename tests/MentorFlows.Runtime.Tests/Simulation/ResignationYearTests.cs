using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class ResignationYearTests
{
    [Fact]
    public async Task Year_MentorResigns_MenteesRematchedInTheSameSchool()
    {
        var resigned = YearRun.Utc(2025, 12, 3, 15, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1", capacity: 2).Mentor("M2", capacity: 2).Mentor("P1", school: "Physics").Mentee("S3", school: "Physics"),
            new MentorResignedEvent(resigned, "M1"));

        var before = run.Result.Matches.Where(m => m.MentorId == "M1").Select(m => m.MenteeId).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, mentee => Assert.Contains(run.Result.Matches, m => m.MenteeId == mentee && m.MentorId == "M2" && m.MatchedAtUtc == resigned));
        Assert.All(run.OfKind(EmailKind.RematchIntro), e => Assert.Equal("m2@example.ac.uk", e.ReplyTo?.Address));
        Assert.Equal(before.Order(), run.OfKind(EmailKind.RematchIntro).Select(e => e.StudentIds[0]).Order());
        Assert.Single(run.OfKind(EmailKind.OptOutConfirmation), e => e.StudentIds[0] == "M1");
        Assert.DoesNotContain(run.ToAfter("M1", resigned), e => e.Kind != EmailKind.OptOutConfirmation);
    }

    [Fact]
    public async Task Year_CapacityAppears_WaitingMenteesAreMatchedBeforeNewcomers()
    {
        var upload = YearRun.Utc(2025, 11, 5, 12, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1", capacity: 1),
            [new CohortUploadEvent(upload, "late.csv")],
            new Dictionary<string, CohortCsv> { ["late.csv"] = new CohortCsv().Mentee("S1").Mentee("S2").Mentee("S0").Mentor("M1", capacity: 1).Mentor("M3", capacity: 1) });

        var waitedFirst = run.Result.Matches.Where(m => m.MatchedAtUtc < upload).Select(m => m.MenteeId).Single() == "S1" ? "S2" : "S1";
        Assert.Contains(run.Result.Matches, m => (m.MenteeId, m.MentorId, m.MatchedAtUtc) == (waitedFirst, "M3", upload));
        Assert.Equal("S0", Assert.Single(run.Result.Unmatched).MenteeId);
    }

    [Fact]
    public async Task Year_MentorCleared_WaitingMenteeGetsMatchedAndIntroduced()
    {
        var cleared = YearRun.Utc(2025, 10, 20, 9, 30);
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentor("M1", cleared: false), new MentorClearedEvent(cleared, "M1"));

        var match = Assert.Single(run.Result.Matches);
        Assert.Equal(("S1", "M1", cleared), (match.MenteeId, match.MentorId, match.MatchedAtUtc));
        var intro = Assert.Single(run.OfKind(EmailKind.Intro));
        Assert.Equal(cleared, run.SentAt[intro.Id]);
    }

    [Fact]
    public async Task Year_MenteesWaitForAnUnclearedMentor_CoordinatorRemindedWeeklyUntilCleared()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentor("M1", cleared: false), new MentorClearedEvent(YearRun.Utc(2025, 10, 20, 9, 30), "M1"));

        Assert.Equal(
            [YearRun.Utc(2025, 10, 1, 10, 0), YearRun.Utc(2025, 10, 8, 10, 0), YearRun.Utc(2025, 10, 15, 10, 0)],
            run.Timeline(TimelineEventKind.ClearanceReminderSent).Select(e => e.AtUtc));
        Assert.Equal(3, run.OfKind(EmailKind.CoordinatorReminder).Count(e => run.SentAt[e.Id] < YearRun.Utc(2025, 11, 1, 0, 0)));
    }

    [Fact]
    public async Task Year_SchemeSetsAnotherClearanceReminderInterval_CoordinatorRemindedAtThatInterval()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1", cleared: false),
            [new MentorClearedEvent(YearRun.Utc(2025, 10, 20, 9, 30), "M1")],
            uploads: null,
            scheme: YearRun.Scheme with { ClearanceReminderIntervalDays = 3 });

        Assert.Equal(
            [YearRun.Utc(2025, 9, 27, 10, 0), YearRun.Utc(2025, 9, 30, 10, 0), YearRun.Utc(2025, 10, 3, 10, 0)],
            run.Timeline(TimelineEventKind.ClearanceReminderSent).Select(e => e.AtUtc).Take(3));
    }
}
