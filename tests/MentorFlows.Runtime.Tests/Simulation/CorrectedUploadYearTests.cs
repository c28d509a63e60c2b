using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class CorrectedUploadYearTests
{
    private static readonly DateTime Corrected = YearRun.Utc(2025, 11, 5, 12, 0);

    [Fact]
    public async Task Year_CorrectionMakesTheMenteeUnder18_PairEndsAndMenteeRematchedWithAnUnder18Mentor()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            [new CohortUploadEvent(Corrected, "corrected.csv")],
            new Dictionary<string, CohortCsv> { ["corrected.csv"] = new CohortCsv().Mentee("S1", dateOfBirth: "2008-01-01").Mentor("M1").Mentor("M2", under18: true) });

        var first = Assert.Single(run.Result.Matches, m => m.MentorId == "M1");
        Assert.Equal([(first.MatchId, Corrected)], EndedByCorrection(run));
        Assert.Contains(run.Result.Matches, m => (m.MenteeId, m.MentorId, m.MatchedAtUtc) == ("S1", "M2", Corrected));
        Assert.Single(run.OfKind(EmailKind.RematchIntro), e => e.StudentIds[0] == "S1" && e.ReplyTo?.Address == "m2@example.ac.uk");
        Assert.DoesNotContain(run.ToAfter("S1", Corrected.AddDays(1)), e => e.Kind is EmailKind.CheckInMentee && e.ReplyTo?.Address == "m1@example.ac.uk");
        Assert.Empty(run.Timeline(TimelineEventKind.MatchDissolved));
    }

    [Fact]
    public async Task Year_CorrectionAddsAConflict_PairEndsAndTheMenteeWaits()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            [new CohortUploadEvent(Corrected, "corrected.csv")],
            new Dictionary<string, CohortCsv> { ["corrected.csv"] = new CohortCsv().Mentee("S1", conflicts: "M1").Mentor("M1") });

        var match = Assert.Single(run.Result.Matches);
        Assert.Equal([(match.MatchId, Corrected)], EndedByCorrection(run));
        Assert.Contains(run.Timeline(TimelineEventKind.MenteeWaiting), e => YearRun.IsAbout(e, "S1") && e.AtUtc == Corrected);
        Assert.Empty(run.OfKind(EmailKind.RematchIntro));
    }

    [Fact]
    public async Task Year_CapacityReducedBelowTheGroup_LatestMatchEndsAndIsRematched()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1", capacity: 2),
            [new CohortUploadEvent(Corrected, "corrected.csv")],
            new Dictionary<string, CohortCsv> { ["corrected.csv"] = new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1", capacity: 1).Mentor("M2", capacity: 1) });

        var endedId = Assert.Single(EndedByCorrection(run)).MatchId;
        var ended = Assert.Single(run.Result.Matches, m => m.MatchId == endedId);
        var kept = Assert.Single(run.Result.Matches, m => m.MentorId == "M1" && m.MatchId != endedId);
        Assert.True((ended.MatchedAtUtc, ended.MatchId).CompareTo((kept.MatchedAtUtc, kept.MatchId)) > 0);
        Assert.Contains(run.Result.Matches, m => (m.MenteeId, m.MentorId, m.MatchedAtUtc) == (ended.MenteeId, "M2", Corrected));
    }

    [Fact]
    public async Task Year_UnchangedReupload_ChangesNoMatch()
    {
        var cohort = new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1");
        var run = await YearRun.RunAsync(cohort, [new CohortUploadEvent(Corrected, "again.csv")], new Dictionary<string, CohortCsv> { ["again.csv"] = cohort });

        Assert.Single(run.Timeline(TimelineEventKind.CohortUploaded), e => e.AtUtc == Corrected);
        Assert.Equal(2, run.Result.Matches.Count);
        Assert.Empty(EndedByCorrection(run));
        Assert.Empty(run.OfKind(EmailKind.RematchIntro));
    }

    private static List<(string MatchId, DateTime AtUtc)> EndedByCorrection(YearRun run) =>
        [.. run.Timeline(TimelineEventKind.MatchEnded).Where(e => e.Details?["reason"] == nameof(MatchEndReason.HardRuleBroken)).Select(e => (e.Subject, e.AtUtc))];
}
