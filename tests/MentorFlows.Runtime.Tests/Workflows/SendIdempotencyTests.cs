using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

public sealed class SendIdempotencyTests
{
    [Fact]
    public async Task RunMatchMilestone_RunTwice_SendsOnce()
    {
        var mailer = new OutboxMailer();
        await using var services = await WorkflowServices.BuildAsync(mailer);
        var matchId = (await WorkflowServices.SeedAsync(services, "M1", "S1"))[0];
        var activity = services.GetRequiredService<RunMatchMilestoneActivity>();
        var input = new MatchMilestoneInput(matchId, MatchMilestone.Introduction, WorkflowServices.Now);

        var first = await activity.RunAsync(WorkflowServices.Context(nameof(RunMatchMilestoneActivity)), input, CancellationToken.None);
        var second = await activity.RunAsync(WorkflowServices.Context(nameof(RunMatchMilestoneActivity)), input, CancellationToken.None);

        Assert.Single(mailer.Sent);
        Assert.Equal((1, 1), (first.Sent, second.Sent));
    }

    [Fact]
    public async Task RunMatchMilestone_RetriedAfterTheMailerFailedPastSending_SendsOnceAndKeepsTheCopy()
    {
        var mailer = new FlakyMailer();
        await using var services = await WorkflowServices.BuildAsync(mailer);
        var matchId = (await WorkflowServices.SeedAsync(services, "M1", "S1"))[0];
        var activity = services.GetRequiredService<RunMatchMilestoneActivity>();
        var input = new MatchMilestoneInput(matchId, MatchMilestone.MidPointReview, new DateTime(2026, 1, 6, 10, 0, 0, DateTimeKind.Utc));

        await Assert.ThrowsAsync<IOException>(() => activity.RunAsync(WorkflowServices.Context(nameof(RunMatchMilestoneActivity)), input, CancellationToken.None));
        await activity.RunAsync(WorkflowServices.Context(nameof(RunMatchMilestoneActivity)), input, CancellationToken.None);

        Assert.Equal(2, mailer.Delivered.Count);
        Assert.Equal(2, mailer.Delivered.Select(m => m.Id).Distinct().Count());
        Assert.Equal(2, await services.GetRequiredService<ISentEmailStore>().CountPersonalRecordsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunMatchMilestone_PausedMatch_SkipsAndSendsNothing()
    {
        var mailer = new OutboxMailer();
        await using var services = await WorkflowServices.BuildAsync(mailer);
        var matchId = (await WorkflowServices.SeedAsync(services, "M1", "S1"))[0];
        var matches = services.GetRequiredService<IMatchStore>();
        await matches.UpdateAsync((await matches.GetAsync(matchId, CancellationToken.None))! with { Status = MatchStatus.Paused }, CancellationToken.None);

        var result = await services.GetRequiredService<RunMatchMilestoneActivity>().RunAsync(
            WorkflowServices.Context(nameof(RunMatchMilestoneActivity)), new MatchMilestoneInput(matchId, MatchMilestone.Introduction, WorkflowServices.Now), CancellationToken.None);

        Assert.Empty(mailer.Sent);
        Assert.Equal(1, result.Skipped);
    }
}
