using System.Text.Json;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class ClosureAndRetentionYearTests
{
    [Fact]
    public async Task Year_Reviews_At3And6MonthsToBothSides()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentor("M1"));

        // 3 months after 1 October is 1 January, a bank holiday: the next working day. 6 months: 1 April.
        Assert.Equal([YearRun.Utc(2026, 1, 2, 10, 0), YearRun.Utc(2026, 1, 2, 10, 0)], run.OfKind(EmailKind.Review3Months).Select(e => run.SentAt[e.Id]));
        Assert.Equal([YearRun.Utc(2026, 4, 1, 10, 0), YearRun.Utc(2026, 4, 1, 10, 0)], run.OfKind(EmailKind.Review6Months).Select(e => run.SentAt[e.Id]));
        Assert.Equal(["M1", "S1"], run.OfKind(EmailKind.Review6Months).Select(e => e.StudentIds[0]).Order());
    }

    [Fact]
    public async Task Year_Reviews_OneEmailPerMentorPerDayListingEveryDueMenteeAndOneToEachMentee()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentee("S3").Mentor("M1"),
            new OptOutEvent(YearRun.Utc(2025, 11, 10, 12, 0), "S2"));

        foreach (var kind in new[] { EmailKind.Review3Months, EmailKind.Review6Months })
        {
            var reviews = run.OfKind(kind).ToList();
            Assert.Equal(["M1", "S1", "S3"], reviews.Select(e => e.StudentIds[0]).Order());
            var mentors = reviews.Single(e => e.StudentIds[0] == "M1");
            Assert.Equal(["M1", "S1", "S3"], mentors.StudentIds);
            Assert.Contains("FirstS1 LastS1", mentors.TextBody, StringComparison.Ordinal);
            Assert.Contains("FirstS3 LastS3", mentors.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("FirstS2", mentors.TextBody, StringComparison.Ordinal);
            Assert.Equal(2, CountOf(mentors.TextBody, "/surveys?token="));
        }
    }

    [Fact]
    public async Task Year_Closure_OnTheEndDateToEveryMenteeAndOnceToTheMentor()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"));

        var closures = run.OfKind(EmailKind.Closure).ToList();
        Assert.All(closures, e => Assert.Equal(YearRun.Utc(2026, 4, 30, 10, 0), run.SentAt[e.Id]));
        Assert.Equal(["M1", "S1", "S2"], closures.Select(e => e.StudentIds[0]).Order());
        Assert.Equal(["M1", "S1", "S2"], closures.Single(e => e.StudentIds[0] == "M1").StudentIds);
        Assert.Equal(2, run.Timeline(TimelineEventKind.MatchClosed).Count(e => e.AtUtc == YearRun.Utc(2026, 4, 30, 10, 0)));
        Assert.DoesNotContain(run.Emails, e => run.SentAt[e.Id] > YearRun.Utc(2026, 4, 30, 10, 0));
    }

    [Fact]
    public async Task Year_AfterRetention_NoPersonalDataRemainsAnywhere()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentee("S3").Mentor("M1").Mentor("M2"),
            new OptOutEvent(YearRun.Utc(2025, 11, 10, 12, 0), "S1"),
            new ConcernEvent(YearRun.Utc(2025, 12, 2, 12, 0), "c1", "S2", "M1", "boundaries", false, "private words"),
            new ConcernDecisionEvent(YearRun.Utc(2025, 12, 5, 12, 0), "c1", "matchDissolved"),
            new CheckInResponseEvent(YearRun.Utc(2026, 1, 10, 12, 0), "S3", true, 3m),
            new SurveyResponseEvent(YearRun.Utc(2026, 1, 6, 12, 0), "S3", "mid-point", 4, true),
            new SurveyResponseEvent(YearRun.Utc(2026, 5, 1, 12, 0), "M2", "final", 5, true));

        Assert.All(run.Result.Events.Where(e => e.Event is SurveyResponseEvent), e => Assert.Equal(CommandOutcome.Accepted, e.Outcome));
        Assert.Equal(2, run.Result.ErasureReceipts.Sum(r => r.Erased.SurveyAnswers));
        Assert.Equal(0, run.Result.Summary.PersonalDataRemaining);
        Assert.Equal(5, run.Result.Summary.Erased);
        Assert.All(run.Result.ErasureReceipts, r => Assert.Equal(1, r.Erased.Participant));
        var receipts = JsonSerializer.Serialize(run.Result.ErasureReceipts) + JsonSerializer.Serialize(run.Result.SchoolStatistics);
        Assert.DoesNotContain(new[] { "S1", "S2", "S3", "M1", "M2", "FirstS1", "example.ac.uk" }, receipts.Contains);
        Assert.Equal((3, 2, 3, 1), (run.Result.SchoolStatistics.Sum(t => t.Mentees), run.Result.SchoolStatistics.Sum(t => t.Mentors), run.Result.SchoolStatistics.Sum(t => t.MatchedMentees), run.Result.SchoolStatistics.Sum(t => t.OptedOut)));
    }

    [Fact]
    public async Task Year_BeforeRetentionEnds_PersonalDataIsStillCounted()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentor("M1"), [], uploads: null, toUtc: YearRun.Utc(2026, 5, 1, 0, 0));

        Assert.True(run.Result.Summary.PersonalDataRemaining > 0);
        Assert.Equal(0, run.Result.Summary.Erased);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
