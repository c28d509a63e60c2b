using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    private static void RegisterWaiter(WorkflowRegistry registry) => registry
        .Orchestrator<string?, string>("Waiter", (ctx, _) => ctx.WaitForExternalEvent<string>("go"));

    [StoreFact]
    public async Task Terminate_WaitingInstance_EndsTerminatedWithTheReason()
    {
        var h = await NewAsync(RegisterWaiter);

        var id = await h.StartAsync("Waiter");
        await h.Engine.RunUntilIdleAsync();
        await h.Client.TerminateInstanceAsync(id, "withdrawn");
        var done = await h.RunToEndAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("withdrawn", done.ReadOutputAs<string>());
    }

    [StoreFact]
    public async Task Purge_FinishedInstance_LeavesNothingOfItInTheStore()
    {
        var h = await NewAsync(RegisterFamily);
        var id = await h.StartAsync("Parent", 2);
        await h.RunToEndAsync(id);
        await h.Client.RaiseEventAsync(id, "late", "ignored");

        var purged = await h.Client.PurgeInstanceAsync(id);

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync(id));
        Assert.Equal(0, (await h.Engine.Store.CountRecordsAsync(id, default)).Total);
    }

    [StoreFact]
    public async Task Purge_RunningInstance_RemovesNothing()
    {
        var h = await NewAsync(RegisterWaiter);
        var id = await h.StartAsync("Waiter");
        await h.Engine.RunUntilIdleAsync();

        Assert.Equal(0, (await h.Client.PurgeInstanceAsync(id)).PurgedInstanceCount);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(id)).RuntimeStatus);
    }

    [StoreFact]
    public async Task PurgeAll_RemovesOnlyFinishedInstances()
    {
        var h = await NewAsync(RegisterWaiter);
        var finished = await h.StartAsync("Waiter");
        var running = await h.StartAsync("Waiter");
        await h.Client.RaiseEventAsync(finished, "go", "now");
        await h.Engine.RunUntilIdleAsync();

        var purged = await h.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter());

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync(finished));
        Assert.NotNull(await h.Client.GetInstanceAsync(running));
    }

    [StoreFact]
    public async Task Start_IdOfARunningInstance_Throws()
    {
        var h = await NewAsync(RegisterWaiter);
        await h.StartAsync("Waiter", null, "only-one");

        var ex = await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => h.StartAsync("Waiter", null, "only-one"));

        Assert.Contains("'only-one'", ex.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_IdOfARunningInstance_WithIgnore_IsANoOp()
    {
        var h = Track(new Harness(await CreateStoreAsync(), RegisterWaiter, options: new EmbeddedRuntimeOptions { DuplicateStart = DuplicateStartBehavior.Ignore }));
        await h.StartAsync("Waiter", "first", "only-one");
        await h.Engine.RunUntilIdleAsync();

        Assert.Equal("only-one", await h.StartAsync("Waiter", "second", "only-one"));
        await h.Engine.RunUntilIdleAsync();
        Assert.Equal("first", (await h.GetAsync("only-one")).ReadInputAs<string>());
        Assert.Equal(1, (await h.Engine.Store.CountRecordsAsync("only-one", default)).Instances);
    }

    [StoreFact]
    public async Task Start_IdOfAFinishedInstance_StartsItAfresh()
    {
        var h = await NewAsync(RegisterWaiter);
        await h.StartAsync("Waiter", null, "again");
        await h.Client.RaiseEventAsync("again", "go", "one");
        await h.Engine.RunUntilIdleAsync();

        await h.StartAsync("Waiter", null, "again");
        await h.Client.RaiseEventAsync("again", "go", "two");

        Assert.Equal("two", (await h.RunToEndAsync("again")).ReadOutputAs<string>());
    }

    [StoreFact]
    public async Task CustomStatus_IsVisibleToClients()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Reporter", async (ctx, _) =>
            {
                ctx.SetCustomStatus(new { stage = "waiting" });
                return await ctx.WaitForExternalEvent<string>("go");
            }));

        var id = await h.StartAsync("Reporter");
        await h.Engine.RunUntilIdleAsync();

        Assert.Equal("""{"stage":"waiting"}""", (await h.GetAsync(id)).SerializedCustomStatus);
    }

    [StoreFact]
    public async Task WaitForInstanceCompletion_ReturnsWhenTheEngineFinishesIt()
    {
        var h = await NewAsync(RegisterWaiter);
        var id = await h.StartAsync("Waiter");
        await h.Engine.RunUntilIdleAsync();

        var waiting = h.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true);
        Assert.False(waiting.IsCompleted);
        await h.Client.RaiseEventAsync(id, "go", "done");
        await h.Engine.RunUntilIdleAsync();

        Assert.Equal("done", (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).ReadOutputAs<string>());
    }
}
