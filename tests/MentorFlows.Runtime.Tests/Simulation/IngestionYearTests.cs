using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class IngestionYearTests
{
    [Fact]
    public async Task Year_SameFileUploadedTwice_RunsOnce()
    {
        var cohort = new CohortCsv().Mentee("S1").Mentor("M1");
        var run = await YearRun.RunAsync(cohort, [new CohortUploadEvent(YearRun.Utc(2025, 10, 3, 9, 0), "cohort.csv")], new Dictionary<string, CohortCsv> { ["cohort.csv"] = cohort });

        Assert.Equal(CommandOutcome.AlreadyDone, run.Result.Events[0].Outcome);
        Assert.Single(run.Timeline(TimelineEventKind.CohortUploaded));
        Assert.Single(run.OfKind(EmailKind.Intro));
        Assert.Equal(2, run.Result.Summary.Participants);
    }

    [Fact]
    public async Task Year_FileWithAnError_ChangesNothing()
    {
        var broken = new CohortCsv().Mentee("S1").Mentor("M1").Mentee("bad id!");
        var run = await YearRun.RunAsync(broken);

        Assert.Single(run.Timeline(TimelineEventKind.CohortRejected));
        Assert.Empty(run.Emails);
        Assert.Equal(0, run.Result.Summary.Participants);
        Assert.Equal(0, run.Result.Summary.PersonalDataRemaining);
    }

    [Fact]
    public async Task Year_LateUpload_EnrolsAndIntroducesLateEnrolments()
    {
        var late = YearRun.Utc(2026, 1, 20, 20, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            [new CohortUploadEvent(late, "late.csv")],
            new Dictionary<string, CohortCsv> { ["late.csv"] = new CohortCsv().Mentee("S1").Mentee("S9").Mentor("M1") });

        var intro = Assert.Single(run.OfKind(EmailKind.Intro), e => e.StudentIds[0] == "S9");
        Assert.Equal(YearRun.Utc(2026, 1, 21, 8, 0), run.SentAt[intro.Id]);
        Assert.Equal([2, 3, 4], run.To("S9").Where(e => e.Kind == EmailKind.CheckInMentee).Select(e => YearRun.Local(run.SentAt[e.Id]).Month));
    }
}
