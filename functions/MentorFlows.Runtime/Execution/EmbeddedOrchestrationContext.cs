using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.History;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime.Execution;

/// <summary>
/// <see cref="IOrchestrationContext"/> for one episode. Each call that asks for durable work takes the next step number
/// and records an <see cref="OrchestratorAction"/>; the executor matches those against history and completes the
/// returned tasks from it. Retries are timers between attempts, in history like everything else.
/// </summary>
internal sealed partial class EmbeddedOrchestrationContext(string instanceId, string name, ILoggerFactory loggers) : IOrchestrationContext
{
    private readonly SortedDictionary<int, OrchestratorAction> _actions = [];
    private readonly HashSet<int> _recorded = [];
    private readonly Dictionary<int, IOpenTask> _open = [];
    private readonly Dictionary<string, Queue<IEventWaiter>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<EventRaisedEvent> _buffered = [];
    private int _nextStep;
    private int _guidCounter;

    public string InstanceId { get; } = instanceId;

    public string Name { get; } = name;

    public DateTime CurrentUtcDateTime { get; internal set; }

    public bool IsReplaying { get; internal set; }

    /// <summary>Set when the orchestrator called <see cref="ContinueAsNew"/>: the next execution's input and whether to keep events.</summary>
    internal (string? Input, bool PreserveEvents)? ContinuedAsNew { get; private set; }

    internal bool CustomStatusSet { get; private set; }

    internal string? CustomStatus { get; private set; }

    public Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var inputJson = Payload.Write(input, $"The input of activity '{name}'");
        return WithRetry(retry, () =>
        {
            var step = Record(id => new ScheduleActivityAction(id, name, inputJson));
            return Open(new OpenTask<TResult>(name, step), step).Task;
        });
    }

    public Task CallActivityAsync(string name, object? input = null, RetryPolicy? retry = null) =>
        CallActivityAsync<object?>(name, input, retry);

    public Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, string? instanceId = null, RetryPolicy? retry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var inputJson = Payload.Write(input, $"The input of sub-orchestration '{name}'");
        return WithRetry(retry, () =>
        {
            var childId = instanceId ?? $"{InstanceId}:{NewGuid():N}";
            var step = Record(id => new CreateSubOrchestrationAction(id, name, childId, inputJson));
            return Open(new OpenTask<TResult>(name, step), step).Task;
        });
    }

    public Task CallSubOrchestratorAsync(string name, object? input = null, string? instanceId = null, RetryPolicy? retry = null) =>
        CallSubOrchestratorAsync<object?>(name, input, instanceId, retry);

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var due = fireAt.Kind switch
        {
            DateTimeKind.Local => fireAt.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(fireAt, DateTimeKind.Utc),
            _ => fireAt,
        };
        var step = Record(id => new CreateTimerAction(id, StoredTime.Ceiling(due)));
        return Open(new OpenTimer(cancellationToken), step).Task;
    }

    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var waiter = new EventWaiter<T>();
        var buffered = _buffered.FindIndex(e => string.Equals(e.Name, eventName, StringComparison.OrdinalIgnoreCase));
        if (buffered >= 0)
        {
            var raised = _buffered[buffered];
            _buffered.RemoveAt(buffered);
            waiter.Deliver(raised.Input);
            return waiter.Task;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            waiter.Cancel(cancellationToken);
            return waiter.Task;
        }

        if (!_waiters.TryGetValue(eventName, out var queue))
        {
            _waiters[eventName] = queue = new Queue<IEventWaiter>();
        }

        queue.Enqueue(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() => waiter.Cancel(cancellationToken));
        }

        return waiter.Task;
    }

    public void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var json = Payload.Write(payload, $"The payload of event '{eventName}'");
        Record(id => new SendEventAction(id, instanceId, eventName, json));
    }

    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        ContinuedAsNew = (Payload.Write(newInput, $"The new input of orchestrator '{Name}'"), preserveUnprocessedEvents);

    public Guid NewGuid() => DeterministicGuid.Create(InstanceId, CurrentUtcDateTime, _guidCounter++);

    public void SetCustomStatus(object? customStatus)
    {
        CustomStatus = Payload.Write(customStatus, $"The custom status of orchestrator '{Name}'");
        CustomStatusSet = true;
    }

    public ILogger CreateReplaySafeLogger(string categoryName) => new ReplaySafeLogger(loggers.CreateLogger(categoryName), this);

    private async Task<T> WithRetry<T>(RetryPolicy? retry, Func<Task<T>> attempt)
    {
        if (retry is null)
        {
            return await attempt();
        }

        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException) when (number < retry.MaxNumberOfAttempts)
            {
                await CreateTimer(CurrentUtcDateTime + retry.DelayBefore(number + 1), CancellationToken.None);
            }
        }
    }

    private int Record(Func<int, OrchestratorAction> create)
    {
        var step = _nextStep++;
        _actions.Add(step, create(step));
        return step;
    }

    private TOpen Open<TOpen>(TOpen task, int step) where TOpen : IOpenTask
    {
        _open.Add(step, task);
        return task;
    }
}
