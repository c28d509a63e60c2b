using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance.Samples;

/// <summary>
/// The crash tests' workflow, one of each kind of step: an activity, a wait for approval with a timeout, a month's
/// timer, two activities in parallel, a sub-orchestration, and an activity that fails once and is retried. Every
/// effect is keyed by the instance id, so a re-run can recognise it.
/// </summary>
internal sealed class EnrolmentSample : IOrchestrator<string, string>
{
    public static readonly RetryPolicy Retry = new(3, TimeSpan.FromMinutes(5));

    public async Task<string> RunAsync(IOrchestrationContext context, string input)
    {
        await context.CallActivityAsync<string>(nameof(RecordEffect), $"{context.InstanceId}/welcome");
        bool approved;
        try
        {
            approved = await context.WaitForExternalEvent<bool>("approved", TimeSpan.FromDays(7));
        }
        catch (TaskCanceledException)
        {
            approved = false;
        }

        await context.CreateTimer(context.CurrentUtcDateTime.AddDays(30), CancellationToken.None);
        await Task.WhenAll(
            context.CallActivityAsync<string>(nameof(RecordEffect), $"{context.InstanceId}/checkin-mentor"),
            context.CallActivityAsync<string>(nameof(RecordEffect), $"{context.InstanceId}/checkin-mentee"));
        var closure = await context.CallSubOrchestratorAsync<string>(nameof(ClosureSample), input, $"{context.InstanceId}/closure");
        await context.CallActivityAsync<string>(nameof(RecordEffect), $"{context.InstanceId}/flaky-survey", Retry);
        return $"{input}: approved={approved}, {closure}";
    }

    /// <summary>The effects one run must leave, each exactly once.</summary>
    public static IEnumerable<string> ExpectedEffects(string instanceId) =>
    [
        $"{instanceId}/welcome",
        $"{instanceId}/checkin-mentor",
        $"{instanceId}/checkin-mentee",
        $"{instanceId}/closure/goodbye",
        $"{instanceId}/flaky-survey",
    ];
}
