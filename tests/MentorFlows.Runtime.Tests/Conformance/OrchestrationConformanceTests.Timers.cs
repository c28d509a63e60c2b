using System.Collections.Concurrent;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    [StoreFact]
    public async Task SequentialTimers_FireAtTheirDueTimes_AndActivitiesSeeVirtualTime()
    {
        var h = await NewAsync(_ => { });
        h.Registry
            .Orchestrator<string?, List<DateTime>>("Monthly", async (ctx, _) =>
            {
                var seen = new List<DateTime>();
                foreach (var days in new[] { 1, 30, 365 })
                {
                    await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(days), CancellationToken.None);
                    seen.Add(ctx.CurrentUtcDateTime);
                }

                seen.Add(await ctx.CallActivityAsync<DateTime>("Now"));
                return seen;
            })
            .Activity<string?, DateTime>("Now", _ => h.Clock.GetUtcNow().UtcDateTime);

        var id = await h.StartAsync("Monthly");
        var done = await h.RunToEndAsync(id);

        var expected = new[] { T0.AddDays(1), T0.AddDays(31), T0.AddDays(396), T0.AddDays(396) };
        Assert.Equal(expected, done.ReadOutputAs<List<DateTime>>());
    }

    [StoreFact]
    public async Task TimersOfManyInstances_FireInDueOrder()
    {
        var fired = new ConcurrentQueue<int>();
        var h = await NewAsync(r => r
            .Orchestrator<int, int>("Sleeper", async (ctx, hours) =>
            {
                await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddHours(hours), CancellationToken.None);
                await ctx.CallActivityAsync("Log", hours);
                return hours;
            })
            .Activity<int, int>("Log", hours => { fired.Enqueue(hours); return hours; }));

        foreach (var hours in new[] { 5, 1, 4, 2, 3 })
        {
            await h.StartAsync("Sleeper", hours);
        }

        await h.Engine.RunToEndAsync();

        Assert.Equal([1, 2, 3, 4, 5], fired);
        Assert.Equal(T0.AddHours(5), h.Now);
    }

    [StoreFact]
    public async Task RunUntil_StopsBeforeLaterTimers_AndSetsTheClock()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Later", async (ctx, _) =>
            {
                await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(10), CancellationToken.None);
                return "woke";
            }));

        var id = await h.StartAsync("Later");
        await h.Engine.RunUntilAsync(T0.AddDays(9));

        Assert.Equal(T0.AddDays(9), h.Now);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(id)).RuntimeStatus);
        await h.Engine.RunUntilAsync(T0.AddDays(10));
        Assert.Equal("woke", (await h.GetAsync(id)).ReadOutputAs<string>());
    }
}
