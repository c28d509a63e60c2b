using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    private static void RegisterApproval(WorkflowRegistry registry) => registry
        .Orchestrator<string?, string>("Approval", async (ctx, _) =>
        {
            try
            {
                var approved = await ctx.WaitForExternalEvent<bool>("approval", TimeSpan.FromDays(3));
                return approved ? "approved" : "rejected";
            }
            catch (TaskCanceledException)
            {
                return "timed out";
            }
        });

    [StoreFact]
    public async Task EventRaisedBeforeTheWait_IsBufferedAndDelivered()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Later", async (ctx, _) =>
            {
                await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(1), CancellationToken.None);
                var first = await ctx.WaitForExternalEvent<string>("note");
                var second = await ctx.WaitForExternalEvent<string>("note");
                return first + second;
            }));

        var id = await h.StartAsync("Later");
        await h.Engine.RunUntilIdleAsync();
        await h.Client.RaiseEventAsync(id, "note", "a");
        await h.Client.RaiseEventAsync(id, "note", "b");

        Assert.Equal("ab", (await h.RunToEndAsync(id)).ReadOutputAs<string>());
    }

    [StoreFact]
    public async Task EventRaisedBeforeADelayedStart_IsDeliveredAfterTheStart()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Waiter", (ctx, _) => ctx.WaitForExternalEvent<string>("go")));

        var id = await h.StartAsync("Waiter", startAt: Harness.Start.AddDays(2));
        await h.Client.RaiseEventAsync(id, "go", "early");
        await h.Engine.RunUntilAsync(T0.AddDays(1));
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.GetAsync(id)).RuntimeStatus);

        var done = await h.RunToEndAsync(id);
        Assert.Equal("early", done.ReadOutputAs<string>());
        Assert.Equal(T0.AddDays(2), done.LastUpdatedAt.UtcDateTime);
    }

    [StoreFact]
    public async Task WaitForApproval_EventBeforeTimeout_WinsAndAbandonsTheTimer()
    {
        var h = await NewAsync(RegisterApproval);

        var id = await h.StartAsync("Approval");
        await h.Engine.RunUntilAsync(T0.AddDays(1));
        await h.Client.RaiseEventAsync(id, "approval", true);
        await h.Engine.RunUntilIdleAsync();

        var done = await h.GetAsync(id);
        Assert.Equal("approved", done.ReadOutputAs<string>());
        Assert.Equal(T0.AddDays(1), done.LastUpdatedAt.UtcDateTime);
        Assert.Equal(0, (await h.Engine.Store.CountRecordsAsync(id, default)).Messages);
    }

    [StoreFact]
    public async Task WaitForApproval_NoEvent_TimesOutAtTheDeadline()
    {
        var h = await NewAsync(RegisterApproval);

        var id = await h.StartAsync("Approval");
        var done = await h.RunToEndAsync(id);

        Assert.Equal("timed out", done.ReadOutputAs<string>());
        Assert.Equal(T0.AddDays(3), done.LastUpdatedAt.UtcDateTime);
    }

    [StoreFact]
    public async Task SendEvent_ReachesAnotherInstance()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Listener", (ctx, _) => ctx.WaitForExternalEvent<string>("ping"))
            .Orchestrator<string, string>("Sender", (ctx, target) =>
            {
                ctx.SendEvent(target, "ping", "hello");
                return Task.FromResult("sent");
            }));

        var listener = await h.StartAsync("Listener", null, "listener");
        await h.StartAsync("Sender", listener);

        Assert.Equal("hello", (await h.RunToEndAsync(listener)).ReadOutputAs<string>());
    }
}
