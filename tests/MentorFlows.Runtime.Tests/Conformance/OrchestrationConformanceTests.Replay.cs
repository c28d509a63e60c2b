using System.Collections.Concurrent;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    [StoreFact]
    public async Task SequentialActivities_ReplayReadsResultsFromHistory_EachActivityRunsOnce()
    {
        var activityRuns = 0;
        var episodes = 0;
        var h = await NewAsync(r => r
            .Orchestrator<int, int>("Chain", async (ctx, x) =>
            {
                Interlocked.Increment(ref episodes);
                var a = await ctx.CallActivityAsync<int>("Double", x);
                var b = await ctx.CallActivityAsync<int>("Double", a);
                return await ctx.CallActivityAsync<int>("Double", b);
            })
            .Activity<int, int>("Double", x => { Interlocked.Increment(ref activityRuns); return x * 2; }));

        var id = await h.StartAsync("Chain", 1);
        var done = await h.RunToEndAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(8, done.ReadOutputAs<int>());
        Assert.Equal(3, activityRuns);
        Assert.Equal(4, episodes);
        var history = await h.Engine.Store.GetHistoryAsync(id, default);
        Assert.Equal([0, 1, 2], history.OfType<TaskCompletedEvent>().Select(e => e.TaskScheduledId));
    }

    [StoreFact]
    public async Task NewGuidTimeAndReplayFlag_AreTheSameOnEveryReplay()
    {
        var seen = new ConcurrentQueue<(Guid Id, DateTime Time, bool Replaying)>();
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Stable", async (ctx, _) =>
            {
                seen.Enqueue((ctx.NewGuid(), ctx.CurrentUtcDateTime, ctx.IsReplaying));
                await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddHours(1), CancellationToken.None);
                await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddHours(1), CancellationToken.None);
                return "done";
            }));

        var id = await h.StartAsync("Stable");
        await h.RunToEndAsync(id);

        var runs = seen.ToArray();
        Assert.Equal(3, runs.Length);
        Assert.Single(runs.Select(r => r.Id).Distinct());
        Assert.All(runs, r => Assert.Equal(T0, r.Time));
        Assert.Equal([false, true, true], runs.Select(r => r.Replaying));
    }

    [StoreFact]
    public async Task FanOut_WhenAllOverActivities_GathersEveryResult()
    {
        var h = await NewAsync(r => r
            .Orchestrator<int, int>("FanOut", async (ctx, n) =>
            {
                var parts = await Task.WhenAll(Enumerable.Range(1, n).Select(i => ctx.CallActivityAsync<int>("Square", i)));
                return parts.Sum();
            })
            .Activity<int, int>("Square", x => x * x));

        var id = await h.StartAsync("FanOut", 10);

        Assert.Equal(385, (await h.RunToEndAsync(id)).ReadOutputAs<int>());
    }

    [StoreFact]
    public async Task ChangedOrchestrator_ReplayDisagreesWithHistory_FailsNamingInstanceAndStep()
    {
        var scheduleActivityInstead = false;
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Drifting", async (ctx, _) =>
            {
                await ctx.CallActivityAsync("Noop");
                if (scheduleActivityInstead)
                {
                    await ctx.CallActivityAsync("Noop");
                }
                else
                {
                    await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(1), CancellationToken.None);
                }

                return "done";
            })
            .Activity<string?, string?>("Noop", _ => null));

        var id = await h.StartAsync("Drifting", null, "drift-1");
        await h.Engine.RunUntilIdleAsync();
        scheduleActivityInstead = true;
        var done = await h.RunToEndAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, done.FailureDetails!.ErrorType);
        Assert.Contains("'drift-1'", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("at step 1 history recorded a timer", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("the replay scheduled activity 'Noop'", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task UnhandledOrchestratorException_MarksInstanceFailedWithDetails()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Broken", (_, _) => throw new InvalidOperationException("rule 7 does not hold")));

        var id = await h.StartAsync("Broken");
        var done = await h.RunToEndAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.True(done.FailureDetails!.IsCausedBy<InvalidOperationException>());
        Assert.Equal("rule 7 does not hold", done.FailureDetails.ErrorMessage);
    }
}
