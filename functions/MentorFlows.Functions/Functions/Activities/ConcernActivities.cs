using MentorFlows.Domain.Concerns;
using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Concerns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Functions.Activities;

/// <summary>
/// A concern's steps: alert, acknowledgement, reminders, the coordinator's decision, releasing erasure holds.
/// Each is a shim: the Workflows activity of the same name, run by <see cref="ActivityRunner"/> with the bound Durable client.
/// </summary>
public static class ConcernActivities
{
    [Function(nameof(AlertConcernActivity))]
    public static Task<ConcernAlertLevel> AlertConcern([ActivityTrigger] ConcernStepInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<AlertConcernActivity, ConcernStepInput, ConcernAlertLevel>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(AcknowledgeConcernActivity))]
    public static Task<bool> AcknowledgeConcern([ActivityTrigger] ConcernStepInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<AcknowledgeConcernActivity, ConcernStepInput, bool>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(RemindConcernActivity))]
    public static Task<bool> RemindConcern([ActivityTrigger] ConcernStepInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<RemindConcernActivity, ConcernStepInput, bool>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(DecideConcernActivity))]
    public static Task<ConcernDecisionApplied> DecideConcern([ActivityTrigger] ConcernDecisionInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<DecideConcernActivity, ConcernDecisionInput, ConcernDecisionApplied>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(ReleaseErasureHoldsActivity))]
    public static Task<int> ReleaseErasureHolds([ActivityTrigger] ConcernStepInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<ReleaseErasureHoldsActivity, ConcernStepInput, int>(input, client, instanceId, executionContext, cancellationToken);
}
