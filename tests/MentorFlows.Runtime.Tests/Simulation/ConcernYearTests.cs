using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class ConcernYearTests
{
    private const string Secret = "He said something that worried me deeply";

    [Fact]
    public async Task Year_SafeguardingConcernAt2130_AlertsStaffWithinMinutesAndAcknowledgesNextMorning()
    {
        var raised = YearRun.Utc(2025, 11, 12, 21, 30);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            new ConcernEvent(raised, "c1", "S1", "M1", "safeguarding", true, Secret));

        var alert = Assert.Single(run.OfKind(EmailKind.ConcernAlert));
        Assert.InRange(run.SentAt[alert.Id] - raised, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Equal(["peermentoring@example.ac.uk", "deanofstudents@example.ac.uk"], alert.To.Select(a => a.Address));
        var ack = Assert.Single(run.OfKind(EmailKind.ConcernAcknowledgement));
        Assert.Equal(YearRun.Utc(2025, 11, 13, 8, 0), run.SentAt[ack.Id]);
        Assert.Contains("MF-2025-000001", ack.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Year_ConcernText_NeverInAnEmailOrTheTimeline()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            new ConcernEvent(YearRun.Utc(2025, 11, 12, 11, 0), "c1", "S1", "M1", "harassment", false, Secret),
            new ConcernDecisionEvent(YearRun.Utc(2025, 11, 28, 11, 0), "c1", "adviceGiven"));

        Assert.DoesNotContain(run.Emails, e => e.TextBody.Contains("worried", StringComparison.Ordinal) || e.HtmlBody.Contains("worried", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Result.Timeline, e => e.Details?.Values.Any(v => v.Contains("worried", StringComparison.Ordinal)) == true);
        Assert.Equal(1, run.Result.Summary.ConcernsByOutcome["adviceGiven"]);
    }

    [Fact]
    public async Task Year_UndecidedConcern_RemindsAt2And5WorkingDaysThenEscalates()
    {
        // Raised on Monday 10 November: reminders Wednesday 12 and Monday 17, escalation Wednesday 19, at 10:00.
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1"),
            new ConcernEvent(YearRun.Utc(2025, 11, 10, 11, 0), "c1", "S1", "M1", "other", false, Secret),
            new ConcernDecisionEvent(YearRun.Utc(2025, 11, 20, 11, 0), "c1", "noAction"));

        Assert.Equal([YearRun.Utc(2025, 11, 12, 10, 0), YearRun.Utc(2025, 11, 17, 10, 0)], run.Timeline(TimelineEventKind.ConcernReminderSent).Select(e => e.AtUtc));
        Assert.Equal([YearRun.Utc(2025, 11, 19, 10, 0)], run.Timeline(TimelineEventKind.ConcernEscalated).Select(e => e.AtUtc));
        Assert.Equal(3, run.OfKind(EmailKind.CoordinatorReminder).Count(e => run.SentAt[e.Id] < YearRun.Utc(2025, 12, 1, 0, 0)));
        Assert.Empty(run.OfKind(EmailKind.ConcernAlert));
    }

    [Fact]
    public async Task Year_MatchPaused_NoMoreEmailsToThePair()
    {
        var decided = YearRun.Utc(2025, 11, 14, 12, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"),
            new ConcernEvent(YearRun.Utc(2025, 11, 12, 11, 0), "c1", "S1", "M1", "boundaries", false, Secret),
            new ConcernDecisionEvent(decided, "c1", "matchPaused"));

        Assert.Empty(run.ToAfter("S1", decided));
        Assert.All(run.ToAfter("M1", decided), e => Assert.DoesNotContain("S1", e.StudentIds));
        Assert.NotEmpty(run.ToAfter("S2", decided));
    }

    [Fact]
    public async Task Year_MatchDissolved_MenteeRematchedAndThePairNeverAgain()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1").Mentor("M2", cleared: false),
            new MentorClearedEvent(YearRun.Utc(2025, 11, 1, 12, 0), "M2"),
            new ConcernEvent(YearRun.Utc(2025, 11, 12, 11, 0), "c1", "S1", "M1", "inappropriate-behaviour", false, Secret),
            new ConcernDecisionEvent(YearRun.Utc(2025, 11, 14, 12, 0), "c1", "matchDissolved"));

        Assert.Equal(["M1", "M2"], run.Result.Matches.Where(m => m.MenteeId == "S1").Select(m => m.MentorId));
        Assert.Single(run.OfKind(EmailKind.RematchIntro), e => e.StudentIds[0] == "S1");
    }

    [Fact]
    public async Task Year_MemberRemoved_MentorLeavesAndMenteesAreRematched()
    {
        var decided = YearRun.Utc(2025, 11, 14, 12, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentor("M1", capacity: 1).Mentor("M2", capacity: 2),
            new ConcernEvent(YearRun.Utc(2025, 11, 12, 11, 0), "c1", "S1", "M1", "relationship", false, Secret),
            new ConcernDecisionEvent(decided, "c1", "memberRemoved"));

        Assert.Empty(run.ToAfter("M1", decided));
        Assert.Contains(run.Result.Matches, m => (m.MenteeId, m.MentorId) == ("S1", "M2"));
        Assert.Single(run.Timeline(TimelineEventKind.MemberRemoved), e => YearRun.IsAbout(e, "M1"));
    }

    [Fact]
    public async Task Year_OpenConcern_HoldsErasureUntilDecided()
    {
        var decided = YearRun.Utc(2025, 12, 15, 12, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"),
            new OptOutEvent(YearRun.Utc(2025, 11, 1, 12, 0), "S1"),
            new ConcernEvent(YearRun.Utc(2025, 11, 2, 12, 0), "c1", "M1", "S1", "other", false, Secret),
            new ConcernDecisionEvent(decided, "c1", "noAction"));

        Assert.Contains(run.Timeline(TimelineEventKind.ErasureHeld), e => YearRun.IsAbout(e, "S1") && e.AtUtc == YearRun.Utc(2025, 12, 1, 12, 0));
        Assert.Equal(decided, run.Result.ErasureReceipts.Min(r => r.ErasedAtUtc));
        Assert.Equal(0, run.Result.Summary.PersonalDataRemaining);
    }

    [Fact]
    public async Task Year_ConcernOpenAtTheFinalErasure_HoldsBothPeopleUntilDecided()
    {
        var decided = YearRun.Utc(2026, 6, 10, 12, 0);
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"),
            [new ConcernEvent(YearRun.Utc(2026, 4, 20, 12, 0), "c1", "S1", "M1", "other", false, Secret), new ConcernDecisionEvent(decided, "c1", "noAction")],
            uploads: null,
            toUtc: YearRun.Utc(2026, 6, 11, 0, 0));

        var final = YearRun.Utc(2026, 5, 30, 10, 0);
        Assert.Equal([final], run.Result.ErasureReceipts.Where(r => r.ErasedAtUtc < decided).Select(r => r.ErasedAtUtc));
        Assert.Equal(2, run.Result.ErasureReceipts.Count(r => r.ErasedAtUtc == decided));
        Assert.Equal(0, run.Result.Summary.PersonalDataRemaining);
    }
}
