using System.Collections.Concurrent;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    private static readonly RetryPolicy ThreeTries = new(3, TimeSpan.FromMinutes(10), backoffCoefficient: 2);

    private async Task<(Harness Harness, ConcurrentQueue<DateTime> Attempts)> FlakyAsync(int failures, bool catchFailure)
    {
        var attempts = new ConcurrentQueue<DateTime>();
        var h = await NewAsync(_ => { });
        h.Registry
            .Orchestrator<string?, string>("Retrying", async (ctx, _) =>
            {
                try
                {
                    return await ctx.CallActivityAsync<string>("Flaky", null, ThreeTries);
                }
                catch (TaskFailedException ex) when (catchFailure)
                {
                    return $"gave up on {ex.TaskName}: {ex.FailureDetails.ErrorMessage}";
                }
            })
            .Activity<string?, string>("Flaky", _ =>
            {
                attempts.Enqueue(h.Now);
                return attempts.Count <= failures ? throw new TimeoutException($"attempt {attempts.Count} timed out") : "sent";
            });
        return (h, attempts);
    }

    [StoreFact]
    public async Task Retry_FailsTwiceThenSucceeds_WaitingWithBackoff()
    {
        var (h, attempts) = await FlakyAsync(failures: 2, catchFailure: false);

        var id = await h.StartAsync("Retrying");
        var done = await h.RunToEndAsync(id);

        Assert.Equal("sent", done.ReadOutputAs<string>());
        Assert.Equal([T0, T0.AddMinutes(10), T0.AddMinutes(30)], attempts);
    }

    [StoreFact]
    public async Task Retry_Exhausted_SurfacesTaskFailedExceptionWithTheLastFailure()
    {
        var (h, attempts) = await FlakyAsync(failures: 3, catchFailure: true);

        var id = await h.StartAsync("Retrying");
        var done = await h.RunToEndAsync(id);

        Assert.Equal("gave up on Flaky: attempt 3 timed out", done.ReadOutputAs<string>());
        Assert.Equal(3, attempts.Count);
    }

    [StoreFact]
    public async Task ActivityFailure_Uncaught_FailsTheInstanceWithTaskFailedException()
    {
        var (h, _) = await FlakyAsync(failures: 3, catchFailure: false);

        var id = await h.StartAsync("Retrying");
        var done = await h.RunToEndAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, done.FailureDetails!.ErrorType);
        Assert.Contains("attempt 3 timed out", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }
}
