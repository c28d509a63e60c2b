using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Port = MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Functions.Durable;

/// <summary>Between the port's own types and Durable Task's (azure-api-reference.md §2): field for field, nothing decided here.</summary>
internal static class DurableMapping
{
    public static RetryPolicy ToDurable(Port.RetryPolicy retry) =>
        new(retry.MaxNumberOfAttempts, retry.FirstRetryInterval, retry.BackoffCoefficient, retry.MaxRetryInterval);

    public static TaskOptions? ToTaskOptions(Port.RetryPolicy? retry) =>
        retry is null ? null : TaskOptions.FromRetryPolicy(ToDurable(retry));

    /// <summary>Null when neither is given: Durable then derives a deterministic child id itself.</summary>
    public static TaskOptions? ToSubOrchestrationOptions(string? instanceId, Port.RetryPolicy? retry) =>
        instanceId is null && retry is null
            ? null
            : new SubOrchestrationOptions(retry is null ? null : new TaskRetryOptions(ToDurable(retry)), instanceId);

    public static Port.TaskFailedException ToPort(Microsoft.DurableTask.TaskFailedException failure) =>
        new(failure.TaskName, failure.TaskId, ToPort(failure.FailureDetails));

    public static Port.TaskFailureDetails ToPort(Microsoft.DurableTask.TaskFailureDetails details) =>
        new(details.ErrorType, details.ErrorMessage, details.StackTrace, details.InnerFailure is { } inner ? ToPort(inner) : null);

    public static Port.OrchestrationMetadata ToPort(Microsoft.DurableTask.Client.OrchestrationMetadata metadata) =>
        new(metadata.Name, metadata.InstanceId, ToPort(metadata.RuntimeStatus), metadata.CreatedAt, metadata.LastUpdatedAt)
        {
            SerializedInput = metadata.SerializedInput,
            SerializedOutput = metadata.SerializedOutput,
            SerializedCustomStatus = metadata.SerializedCustomStatus,
            FailureDetails = metadata.FailureDetails is { } details ? ToPort(details) : null,
        };

    /// <summary>
    /// The obsolete members are not named (referring to them is a warning, and warnings are errors): ContinuedAsNew is an
    /// instance about to run again, so Running; Canceled is never set by the Azure Storage backend.
    /// </summary>
    public static Port.OrchestrationRuntimeStatus ToPort(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus status) => status switch
    {
        Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running => Port.OrchestrationRuntimeStatus.Running,
        Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed => Port.OrchestrationRuntimeStatus.Completed,
        Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Failed => Port.OrchestrationRuntimeStatus.Failed,
        Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Terminated => Port.OrchestrationRuntimeStatus.Terminated,
        Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Pending => Port.OrchestrationRuntimeStatus.Pending,
        Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Suspended => Port.OrchestrationRuntimeStatus.Suspended,
        _ => Port.OrchestrationRuntimeStatus.Running,
    };

    public static Microsoft.DurableTask.Client.OrchestrationRuntimeStatus ToDurable(Port.OrchestrationRuntimeStatus status) => status switch
    {
        Port.OrchestrationRuntimeStatus.Running => Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running,
        Port.OrchestrationRuntimeStatus.Completed => Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed,
        Port.OrchestrationRuntimeStatus.Failed => Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Failed,
        Port.OrchestrationRuntimeStatus.Terminated => Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Terminated,
        Port.OrchestrationRuntimeStatus.Pending => Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Pending,
        Port.OrchestrationRuntimeStatus.Suspended => Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an orchestration status."),
    };

    public static StartOrchestrationOptions? ToDurable(Port.StartOrchestrationOptions? options) =>
        options is null ? null : new StartOrchestrationOptions(options.InstanceId, options.StartAt);

    /// <summary>The port purges only finished instances unless told otherwise; Durable is given those statuses explicitly.</summary>
    public static PurgeInstancesFilter ToDurable(Port.PurgeInstancesFilter filter) =>
        new(filter.CreatedFrom, filter.CreatedTo, (filter.Statuses ?? [Port.OrchestrationRuntimeStatus.Completed, Port.OrchestrationRuntimeStatus.Failed, Port.OrchestrationRuntimeStatus.Terminated]).Select(ToDurable).ToList());
}
