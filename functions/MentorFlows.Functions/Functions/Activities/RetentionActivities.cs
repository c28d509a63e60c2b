using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Retention;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Functions.Activities;

/// <summary>
/// Erasure: one participant, the year's due participants in batches, and the year's end (purging finished histories).
/// Each is a shim: the Workflows activity of the same name, run by <see cref="ActivityRunner"/> with the bound Durable client.
/// </summary>
public static class RetentionActivities
{
    [Function(nameof(EraseParticipantActivity))]
    public static Task<ErasureOutcome> EraseParticipant([ActivityTrigger] EraseParticipantInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<EraseParticipantActivity, EraseParticipantInput, ErasureOutcome>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(EraseDueParticipantsActivity))]
    public static Task<ErasureSweepResult> EraseDueParticipants([ActivityTrigger] ErasureSweepInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<EraseDueParticipantsActivity, ErasureSweepInput, ErasureSweepResult>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(FinishRetentionActivity))]
    public static Task<int> FinishRetention([ActivityTrigger] DateTime input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<FinishRetentionActivity, DateTime, int>(input, client, instanceId, executionContext, cancellationToken);
}
