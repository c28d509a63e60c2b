using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class OptOutYearTests
{
    [Fact]
    public async Task Year_AfterOptOut_OnlyTheConfirmationReachesTheMentee()
    {
        var at = YearRun.Utc(2025, 11, 10, 14, 0);
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"), new OptOutEvent(at, "S1"));

        Assert.Equal([EmailKind.OptOutConfirmation], run.ToAfter("S1", at).Select(e => e.Kind));
        var left = Assert.Single(run.OfKind(EmailKind.MenteeLeft));
        Assert.Equal("M1", left.StudentIds[0]);
        Assert.DoesNotContain(run.Emails, e => e.Kind == EmailKind.CheckInMentor && run.SentAt[e.Id] > at && e.StudentIds.Contains("S1"));
        Assert.Equal(1, run.Result.Summary.OptOuts);
    }

    [Fact]
    public async Task Year_OptOutBeforeADeferredIntro_IntroIsSkippedNotSent()
    {
        // The cohort is matched at midnight; the intro waits for 08:00; the mentee leaves at 02:00.
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentor("M1"), new OptOutEvent(YearRun.Utc(2025, 9, 24, 2, 0), "S1"));

        Assert.Empty(run.OfKind(EmailKind.Intro));
        Assert.Equal([EmailKind.OptOutConfirmation], run.To("S1").Select(e => e.Kind));
        Assert.Single(run.Timeline(TimelineEventKind.MatchEnded));
    }

    [Fact]
    public async Task Year_OptOutAfterAnEmailWasDeferred_DeferredEmailIsSkipped()
    {
        // A concern at 21:00 defers its acknowledgement to 08:00; the reporter leaves at 22:00.
        var left = YearRun.Utc(2025, 11, 12, 22, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            new ConcernEvent(YearRun.Utc(2025, 11, 12, 21, 0), "c1", "S1", "M1", "other", false, "words"),
            new OptOutEvent(left, "S1"));

        Assert.Equal([EmailKind.OptOutConfirmation], run.ToAfter("S1", left).Select(e => e.Kind));
        Assert.Single(run.Timeline(TimelineEventKind.EmailSkipped), e => e.Details?["kind"] == "concern-ack" && e.Details["reason"] == "RecipientLeft");
    }

    [Fact]
    public async Task Year_ReuploadAfterOptOutAndErasure_DoesNotEnrolTheStudentAgain()
    {
        var corrected = new CohortCsv().Mentee("S1").Mentee("S2").Mentee("S4").Mentor("M1");
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"),
            [new OptOutEvent(YearRun.Utc(2025, 10, 1, 12, 0), "S1"), new CohortUploadEvent(YearRun.Utc(2025, 12, 1, 12, 0), "corrected.csv")],
            new Dictionary<string, CohortCsv> { ["corrected.csv"] = corrected });

        Assert.Equal(CommandOutcome.Accepted, run.Result.Events[1].Outcome);
        Assert.Contains(run.Timeline(TimelineEventKind.ParticipantErased), e => e.AtUtc < YearRun.Utc(2025, 12, 1, 12, 0));
        Assert.DoesNotContain(run.Timeline(TimelineEventKind.ParticipantEnrolled), e => YearRun.IsAbout(e, "S1") && e.AtUtc > YearRun.Utc(2025, 10, 2, 0, 0));
        Assert.Contains(run.Timeline(TimelineEventKind.ParticipantEnrolled), e => YearRun.IsAbout(e, "S4"));
        Assert.Equal(4, run.Result.Summary.Participants);
    }
}
