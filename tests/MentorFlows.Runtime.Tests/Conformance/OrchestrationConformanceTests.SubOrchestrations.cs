using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    private static void RegisterFamily(WorkflowRegistry registry) => registry
        .Orchestrator<int, string>("Parent", async (ctx, n) =>
        {
            try
            {
                var child = await ctx.CallSubOrchestratorAsync<int>("Child", n);
                return $"child said {child}";
            }
            catch (TaskFailedException ex)
            {
                return $"child {ex.TaskName} failed: {ex.FailureDetails.ErrorMessage}";
            }
        })
        .Orchestrator<int, int>("Child", async (ctx, n) =>
        {
            await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddDays(1), CancellationToken.None);
            return n >= 0 ? await ctx.CallActivityAsync<int>("Triple", n) : throw new InvalidOperationException("negative");
        })
        .Activity<int, int>("Triple", n => n * 3);

    [StoreFact]
    public async Task SubOrchestration_ResultReturnsToTheParent()
    {
        var h = await NewAsync(RegisterFamily);

        var id = await h.StartAsync("Parent", 5);
        var done = await h.RunToEndAsync(id);

        Assert.Equal("child said 15", done.ReadOutputAs<string>());
        var children = await h.Client.GetAllInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: id + ":")).ToListAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, Assert.Single(children).RuntimeStatus);
    }

    [StoreFact]
    public async Task SubOrchestrationFailure_SurfacesInTheParentAsTaskFailedException()
    {
        var h = await NewAsync(RegisterFamily);

        var id = await h.StartAsync("Parent", -1);
        var done = await h.RunToEndAsync(id);

        Assert.Equal("child Child failed: negative", done.ReadOutputAs<string>());
    }

    [StoreFact]
    public async Task SubOrchestration_Terminated_FailsTheParentStep()
    {
        var h = await NewAsync(RegisterFamily);

        var id = await h.StartAsync("Parent", 5);
        await h.Engine.RunUntilIdleAsync();
        var child = await h.Client.GetAllInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: id + ":")).SingleAsync();
        await h.Client.TerminateInstanceAsync(child.InstanceId, "stopped");

        Assert.StartsWith("child Child failed:", (await h.RunToEndAsync(id)).ReadOutputAs<string>(), StringComparison.Ordinal);
    }
}
