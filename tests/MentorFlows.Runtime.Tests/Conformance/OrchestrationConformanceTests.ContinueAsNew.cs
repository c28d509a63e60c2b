using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    [StoreFact]
    public async Task ContinueAsNew_KeepsEventsRaisedMeanwhile_AndStartsAFreshHistory()
    {
        var h = await NewAsync(r => r
            .Orchestrator<int, int>("Counter", async (ctx, total) =>
            {
                var add = await ctx.WaitForExternalEvent<int>("add");
                if (total + add >= 10)
                {
                    return total + add;
                }

                ctx.ContinueAsNew(total + add);
                return 0;
            }));

        var id = await h.StartAsync("Counter", 0);
        foreach (var add in new[] { 1, 2, 3 })
        {
            await h.Client.RaiseEventAsync(id, "add", add);
        }

        await h.Engine.RunUntilIdleAsync();
        Assert.Equal(6, (await h.GetAsync(id)).ReadInputAs<int>());
        await h.Client.RaiseEventAsync(id, "add", 4);
        var done = await h.RunToEndAsync(id);

        Assert.Equal(10, done.ReadOutputAs<int>());
        var history = await h.Engine.Store.GetHistoryAsync(id, default);
        Assert.Equal("6", Assert.Single(history.OfType<ExecutionStartedEvent>()).Input);
    }

    [StoreFact]
    public async Task ContinueAsNew_PeriodicLoop_KeepsHistoryBounded()
    {
        var h = await NewAsync(r => r
            .Orchestrator<int, int>("Ticker", async (ctx, ticks) =>
            {
                await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(7), CancellationToken.None);
                await ctx.CallActivityAsync("Tick", ticks);
                if (ticks == 51)
                {
                    return ticks + 1;
                }

                ctx.ContinueAsNew(ticks + 1);
                return 0;
            })
            .Activity<int, int>("Tick", t => t));

        var id = await h.StartAsync("Ticker", 0);
        await h.Engine.RunUntilAsync(T0.AddDays(7 * 30));
        var midway = await h.Engine.Store.CountRecordsAsync(id, default);
        var done = await h.RunToEndAsync(id);

        Assert.Equal(52, done.ReadOutputAs<int>());
        Assert.InRange(midway.HistoryEvents, 1, 8);
    }
}
