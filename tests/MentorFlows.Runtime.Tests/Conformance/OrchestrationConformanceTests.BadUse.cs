using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    [StoreFact]
    public async Task Start_UnregisteredOrchestrator_ThrowsNamingIt()
    {
        var h = await NewAsync(RegisterWaiter);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.StartAsync("Nobody"));

        Assert.Contains("No orchestrator named 'Nobody' is registered (registered: Waiter)", ex.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_InputThatCannotBeSerialised_Throws()
    {
        var h = await NewAsync(r => r.Orchestrator<object, string>("Any", (_, _) => Task.FromResult("")));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.StartAsync("Any", new Unserialisable(() => { })));

        Assert.Contains("The input of orchestrator 'Any' cannot be serialised", ex.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_InputOfTheWrongType_ThrowsNamingTheRegisteredType()
    {
        var h = await NewAsync(r => r.Orchestrator<int, int>("Numbers", (_, n) => Task.FromResult(n)));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.StartAsync("Numbers", "twelve"));

        Assert.Contains("does not read back as the registered type Int32", ex.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task CallActivity_Unregistered_FailsTheStepNamingIt()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Caller", async (ctx, _) =>
            {
                try
                {
                    return await ctx.CallActivityAsync<string>("Missing");
                }
                catch (TaskFailedException ex)
                {
                    return ex.FailureDetails.ErrorMessage;
                }
            }));

        var id = await h.StartAsync("Caller");

        Assert.StartsWith("No activity named 'Missing' is registered", (await h.RunToEndAsync(id)).ReadOutputAs<string>(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task CallActivity_InputThatCannotBeSerialised_ThrowsIntoTheOrchestrator()
    {
        var h = await NewAsync(r => r
            .Orchestrator<string?, string>("Caller", async (ctx, _) =>
            {
                await ctx.CallActivityAsync("Anything", new Unserialisable(() => { }));
                return "unreachable";
            }));

        var id = await h.StartAsync("Caller");
        var done = await h.RunToEndAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("The input of activity 'Anything' cannot be serialised", done.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ClientCalls_UnknownInstance_ThrowNotFound()
    {
        var h = await NewAsync(RegisterWaiter);

        await Assert.ThrowsAsync<OrchestrationInstanceNotFoundException>(() => h.Client.RaiseEventAsync("ghost", "go", "x"));
        await Assert.ThrowsAsync<OrchestrationInstanceNotFoundException>(() => h.Client.TerminateInstanceAsync("ghost"));
        await Assert.ThrowsAsync<OrchestrationInstanceNotFoundException>(() => h.Client.WaitForInstanceCompletionAsync("ghost"));
        Assert.Null(await h.Client.GetInstanceAsync("ghost"));
    }

    /// <summary>A payload System.Text.Json refuses: it holds a delegate.</summary>
    public sealed record Unserialisable(Action Callback);
}
