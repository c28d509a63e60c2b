using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Clearance;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Functions.Activities;

/// <summary>
/// Reminders to the coordinator while mentees wait for an uncleared mentor.
/// Each is a shim: the Workflows activity of the same name, run by <see cref="ActivityRunner"/> with the bound Durable client.
/// </summary>
public static class ClearanceActivities
{
    [Function(nameof(StartClearanceRemindersActivity))]
    public static Task<int> StartClearanceReminders([ActivityTrigger] DateTime input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<StartClearanceRemindersActivity, DateTime, int>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(SendClearanceReminderActivity))]
    public static Task<bool> SendClearanceReminder([ActivityTrigger] ClearanceReminderStep input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<SendClearanceReminderActivity, ClearanceReminderStep, bool>(input, client, instanceId, executionContext, cancellationToken);
}
