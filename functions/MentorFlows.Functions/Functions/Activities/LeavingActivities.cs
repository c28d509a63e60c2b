using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Leaving;
using MentorFlows.Workflows.Lifecycle;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Functions.Activities;

/// <summary>
/// A student's leaving: recording it and the emails it sends.
/// Each is a shim: the Workflows activity of the same name, run by <see cref="ActivityRunner"/> with the bound Durable client.
/// </summary>
public static class LeavingActivities
{
    [Function(nameof(RecordLeavingActivity))]
    public static Task<LeavingRecorded> RecordLeaving([ActivityTrigger] RecordLeavingInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<RecordLeavingActivity, RecordLeavingInput, LeavingRecorded>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(SendLeavingEmailsActivity))]
    public static Task<EmailBatchResult> SendLeavingEmails([ActivityTrigger] LeavingEmailsInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<SendLeavingEmailsActivity, LeavingEmailsInput, EmailBatchResult>(input, client, instanceId, executionContext, cancellationToken);
}
