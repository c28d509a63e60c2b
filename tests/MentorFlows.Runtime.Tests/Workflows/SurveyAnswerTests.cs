using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Retention;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

/// <summary><see cref="SchemeCommands.RecordSurveyAnswerAsync"/> and the erasure of survey answers, over the in-memory stores.</summary>
public sealed class SurveyAnswerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Record_MentorAboutOneMentee_IsStoredForThatPair_AndTheTimelineHoldsNoAnswer()
    {
        await using var services = await SeededAsync();

        var outcome = await Commands(services).RecordSurveyAnswerAsync(new SurveyAnswerCommand("m1", SurveyPoint.MidPointReview, new SurveyAnswer(4, true, "going well"), "s1"));

        Assert.Equal(CommandOutcome.Accepted, outcome);
        var stored = Assert.Single(await Surveys(services).ListForStudentAsync("M1", None));
        Assert.Equal(("M1", SurveyPoint.MidPointReview, "S1", ParticipantRole.Mentor, new SurveyAnswer(4, true, "going well")), (stored.StudentId, stored.Point, stored.PartnerId, stored.Role, stored.Answer));
        var entry = Assert.Single(await services.GetRequiredService<ITimeline>().ReadAllAsync(None), e => e.Kind == TimelineEventKind.SurveyAnswered);
        Assert.Equal("M1", entry.Subject);
        Assert.Equal(new Dictionary<string, string> { ["survey"] = "mid-point", ["respondent"] = "Mentor" }, entry.Details);
    }

    [Fact]
    public async Task Record_Again_ReplacesTheFirstAnswer_AndOtherPairsKeepTheirs()
    {
        await using var services = await SeededAsync();
        var commands = Commands(services);

        await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("M1", SurveyPoint.MidPointReview, new SurveyAnswer(2, false), "S1"));
        await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("M1", SurveyPoint.MidPointReview, new SurveyAnswer(3, true), "S2"));
        var again = await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("M1", SurveyPoint.MidPointReview, new SurveyAnswer(5, true), "S1"));

        Assert.Equal(CommandOutcome.Accepted, again);
        Assert.Equal([("S1", 5), ("S2", 3)], (await Surveys(services).ListForStudentAsync("M1", None)).Select(a => (a.PartnerId, a.Answer.Rating)));
    }

    [Theory]
    [InlineData("S1", SurveyPoint.MidPointReview, "M2")] // a mentor who is not theirs
    [InlineData("M1", SurveyPoint.EndPointReview, "S9")] // a student who is not their mentee
    [InlineData("M1", SurveyPoint.EndPointReview, "M1")] // themselves
    [InlineData("S1", SurveyPoint.FinalFeedback, "M1")] // the final survey names no pair
    [InlineData("M2", SurveyPoint.FinalFeedback, null)] // never matched
    public async Task Record_NotAboutTheirOwnPair_IsNotApplicable_AndStoresNothing(string studentId, SurveyPoint point, string? partnerId)
    {
        await using var services = await SeededAsync();

        var outcome = await Commands(services).RecordSurveyAnswerAsync(new SurveyAnswerCommand(studentId, point, new SurveyAnswer(3, true), partnerId));

        Assert.Equal(CommandOutcome.NotApplicable, outcome);
        Assert.Equal(0, await Surveys(services).CountPersonalRecordsAsync(None));
    }

    [Fact]
    public async Task Record_UnknownStudent_IsNotFound_AndAStudentWhoLeft_IsNotApplicable()
    {
        await using var services = await SeededAsync();
        var participants = services.GetRequiredService<IParticipantStore>();
        var s2 = (await participants.GetAsync("S2", None))!;
        await participants.SaveAsync([s2 with { Status = ParticipantStatus.OptedOut }], None);

        var unknown = await Commands(services).RecordSurveyAnswerAsync(new SurveyAnswerCommand("X1", SurveyPoint.FinalFeedback, new SurveyAnswer(3, true)));
        var left = await Commands(services).RecordSurveyAnswerAsync(new SurveyAnswerCommand("S2", SurveyPoint.FinalFeedback, new SurveyAnswer(3, true)));

        Assert.Equal((CommandOutcome.NotFound, CommandOutcome.NotApplicable), (unknown, left));
        Assert.Equal(0, await Surveys(services).CountPersonalRecordsAsync(None));
    }

    [Fact]
    public async Task Record_AfterTheMatchEnded_IsStillAccepted()
    {
        await using var services = await SeededAsync();
        var matches = services.GetRequiredService<IMatchStore>();
        var match = (await matches.ListForStudentAsync("S1", None)).Single();
        await matches.UpdateAsync(match with { Status = MatchStatus.Ended, EndReason = MatchEndReason.SchemeClosed, EndedAtUtc = WorkflowServices.Now }, None);

        var review = await Commands(services).RecordSurveyAnswerAsync(new SurveyAnswerCommand("S1", SurveyPoint.EndPointReview, new SurveyAnswer(4, true), "M1"));
        var final = await Commands(services).RecordSurveyAnswerAsync(new SurveyAnswerCommand("S1", SurveyPoint.FinalFeedback, new SurveyAnswer(5, true)));

        Assert.Equal((CommandOutcome.Accepted, CommandOutcome.Accepted), (review, final));
    }

    [Fact]
    public async Task Erase_AMentee_ErasesTheirAnswersAndTheirMentorsAnswersAboutThem_AndTheReceiptCountsThem()
    {
        await using var services = await SeededAsync();
        var commands = Commands(services);
        await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("S1", SurveyPoint.MidPointReview, new SurveyAnswer(4, true, "kind words"), "M1"));
        await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("M1", SurveyPoint.MidPointReview, new SurveyAnswer(3, true), "S1"));
        await commands.RecordSurveyAnswerAsync(new SurveyAnswerCommand("M1", SurveyPoint.MidPointReview, new SurveyAnswer(5, true), "S2"));

        // At the final erasure: the eraser asks the retention policy, which keeps S1 (still in the scheme) until then.
        var finalErasureAt = services.GetRequiredService<SchemeYear>().FinalErasureAt;
        var outcome = await services.GetRequiredService<ParticipantEraser>().EraseAsync("S1", finalErasureAt, None);

        Assert.Equal(ErasureOutcome.Erased, outcome);
        Assert.Empty(await Surveys(services).ListForStudentAsync("S1", None));
        Assert.Equal(["S2"], (await Surveys(services).ListForStudentAsync("M1", None)).Select(a => a.PartnerId));
        Assert.Equal(2, Assert.Single(await services.GetRequiredService<IErasureLedger>().ListReceiptsAsync(None)).Erased.SurveyAnswers);
    }

    private static async Task<ServiceProvider> SeededAsync()
    {
        var services = await WorkflowServices.BuildAsync(new OutboxMailer());
        await WorkflowServices.SeedAsync(services, "M1", "S1", "S2");
        await WorkflowServices.SeedAsync(services, "M2");
        return services;
    }

    private static SchemeCommands Commands(IServiceProvider services) => services.GetRequiredService<SchemeCommands>();

    private static ISurveyStore Surveys(IServiceProvider services) => services.GetRequiredService<ISurveyStore>();
}
