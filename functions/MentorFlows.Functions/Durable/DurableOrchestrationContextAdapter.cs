using MentorFlows.Workflows.Orchestration;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Port = MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Functions.Durable;

/// <summary>
/// The orchestration port over Durable's <see cref="TaskOrchestrationContext"/> (azure-api-reference.md §2): one call
/// per member. Durable's <see cref="Microsoft.DurableTask.TaskFailedException"/> becomes the port's
/// <see cref="Port.TaskFailedException"/> with the same task name, id and failure details, so orchestrators catch one type
/// on both runtimes. No <c>ConfigureAwait(false)</c>: continuations must stay on the orchestrator's replay thread.
/// </summary>
public sealed class DurableOrchestrationContextAdapter : IOrchestrationContext
{
    private readonly TaskOrchestrationContext _context;

    public DurableOrchestrationContextAdapter(TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    public string InstanceId => _context.InstanceId;

    public DateTime CurrentUtcDateTime => _context.CurrentUtcDateTime;

    public bool IsReplaying => _context.IsReplaying;

    public async Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, Port.RetryPolicy? retry = null)
    {
        try
        {
            return await _context.CallActivityAsync<TResult>(name, input, DurableMapping.ToTaskOptions(retry));
        }
        catch (Microsoft.DurableTask.TaskFailedException failure)
        {
            throw DurableMapping.ToPort(failure);
        }
    }

    public async Task CallActivityAsync(string name, object? input = null, Port.RetryPolicy? retry = null)
    {
        try
        {
            await _context.CallActivityAsync(name, input, DurableMapping.ToTaskOptions(retry));
        }
        catch (Microsoft.DurableTask.TaskFailedException failure)
        {
            throw DurableMapping.ToPort(failure);
        }
    }

    public async Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, string? instanceId = null, Port.RetryPolicy? retry = null)
    {
        try
        {
            return await _context.CallSubOrchestratorAsync<TResult>(name, input, DurableMapping.ToSubOrchestrationOptions(instanceId, retry));
        }
        catch (Microsoft.DurableTask.TaskFailedException failure)
        {
            throw DurableMapping.ToPort(failure);
        }
    }

    public async Task CallSubOrchestratorAsync(string name, object? input = null, string? instanceId = null, Port.RetryPolicy? retry = null)
    {
        try
        {
            await _context.CallSubOrchestratorAsync(name, input, DurableMapping.ToSubOrchestrationOptions(instanceId, retry));
        }
        catch (Microsoft.DurableTask.TaskFailedException failure)
        {
            throw DurableMapping.ToPort(failure);
        }
    }

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => _context.CreateTimer(fireAt, cancellationToken);

    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        _context.WaitForExternalEvent<T>(eventName, cancellationToken);

    // Durable's payload parameter is not nullable-annotated as such; a null payload is sent as JSON null.
    public void SendEvent(string instanceId, string eventName, object? payload) => _context.SendEvent(instanceId, eventName, payload!);

    // Both arguments by name: ContinueAsNew(null) alone would bind to the ContinueAsNewOptions overload and throw (§2, gotcha).
    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        _context.ContinueAsNew(newInput: newInput, preserveUnprocessedEvents: preserveUnprocessedEvents);

    public Guid NewGuid() => _context.NewGuid();

    public void SetCustomStatus(object? customStatus) => _context.SetCustomStatus(customStatus);

    public ILogger CreateReplaySafeLogger(string categoryName) => _context.CreateReplaySafeLogger(categoryName);
}
