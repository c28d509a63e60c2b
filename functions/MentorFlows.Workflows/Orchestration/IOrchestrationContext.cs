using Microsoft.Extensions.Logging;

namespace MentorFlows.Workflows.Orchestration;

/// <summary>
/// What an orchestrator may do. Mirrors Durable Task's <c>TaskOrchestrationContext</c> member for member, so the Azure
/// adapter is one line per member and the embedded runtime keeps the same contract.
/// </summary>
/// <remarks>
/// Orchestrators are replayed: every call here must be made in the same order on every replay, and all time, ids and
/// waiting must come from this context (BannedSymbols.txt enforces the rest). Only our own types cross this port.
/// </remarks>
public interface IOrchestrationContext
{
    /// <summary>The id of this orchestration instance.</summary>
    string InstanceId { get; }

    /// <summary>The replay-safe current time (UTC): the time of the history event being processed.</summary>
    DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the orchestrator re-runs steps already recorded in history.</summary>
    bool IsReplaying { get; }

    /// <summary>Schedules an activity; its result comes from history on replay. A failure surfaces as <see cref="TaskFailedException"/>.</summary>
    Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null);

    /// <inheritdoc cref="CallActivityAsync{TResult}(string, object?, RetryPolicy?)"/>
    Task CallActivityAsync(string name, object? input = null, RetryPolicy? retry = null);

    /// <summary>Runs another orchestrator as a child; <paramref name="instanceId"/> defaults to a deterministic new id.</summary>
    Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, string? instanceId = null, RetryPolicy? retry = null);

    /// <inheritdoc cref="CallSubOrchestratorAsync{TResult}(string, object?, string?, RetryPolicy?)"/>
    Task CallSubOrchestratorAsync(string name, object? input = null, string? instanceId = null, RetryPolicy? retry = null);

    /// <summary>A durable timer that fires at <paramref name="fireAt"/> (UTC). Cancelling the token abandons it.</summary>
    Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>Waits for an event raised on this instance; an event raised before the wait is buffered and delivered.</summary>
    Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Raises an event on another instance (fire and forget, recorded in history).</summary>
    void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>Restarts this instance with a fresh history and <paramref name="newInput"/>; unprocessed events are kept by default.</summary>
    void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A deterministic id: the same on every replay of the same step.</summary>
    Guid NewGuid();

    /// <summary>A small, serialisable status for dashboards. Never personal data.</summary>
    void SetCustomStatus(object? customStatus);

    /// <summary>A logger that writes only when the orchestrator is not replaying. Never log personal data.</summary>
    ILogger CreateReplaySafeLogger(string categoryName);
}
