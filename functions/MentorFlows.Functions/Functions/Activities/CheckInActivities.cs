using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.CheckIns;
using MentorFlows.Workflows.Lifecycle;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Functions.Activities;

/// <summary>
/// A match's milestones and the scheme's monthly sweeps: introductions, reviews, check-in pages, closure pages.
/// Each is a shim: the Workflows activity of the same name, run by <see cref="ActivityRunner"/> with the bound Durable client.
/// </summary>
public static class CheckInActivities
{
    [Function(nameof(RunMatchMilestoneActivity))]
    public static Task<EmailBatchResult> RunMatchMilestone([ActivityTrigger] MatchMilestoneInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<RunMatchMilestoneActivity, MatchMilestoneInput, EmailBatchResult>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(CheckInPageActivity))]
    public static Task<SweepPageResult> CheckInPage([ActivityTrigger] SweepPageInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<CheckInPageActivity, SweepPageInput, SweepPageResult>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(ClosurePageActivity))]
    public static Task<SweepPageResult> ClosurePage([ActivityTrigger] SweepPageInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<ClosurePageActivity, SweepPageInput, SweepPageResult>(input, client, instanceId, executionContext, cancellationToken);
}
