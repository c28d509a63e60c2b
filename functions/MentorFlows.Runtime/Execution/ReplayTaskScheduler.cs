namespace MentorFlows.Runtime.Execution;

/// <summary>
/// Runs one episode of an orchestrator on the thread that drives it: every continuation the orchestrator awaits is
/// queued here and run by <see cref="RunPending"/>, which the executor calls after each history event. So the code
/// between two awaits always runs in the same order on every replay, never on the thread pool.
/// </summary>
internal sealed class ReplayTaskScheduler : TaskScheduler
{
    private readonly Queue<Task> _queue = new();
    private readonly Lock _gate = new();

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Starts the orchestrator's code on this scheduler and runs it until it first waits.</summary>
    public Task<object?> Start(Func<Task<object?>> run)
    {
        var task = Task.Factory.StartNew(run, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();
        RunPending();
        return task;
    }

    /// <summary>Runs every queued continuation, and those they queue, until the orchestrator waits again.</summary>
    public void RunPending()
    {
        while (TryDequeue(out var task))
        {
            TryExecuteTask(task);
        }
    }

    protected override void QueueTask(Task task)
    {
        lock (_gate)
        {
            _queue.Enqueue(task);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_gate)
        {
            return _queue.ToArray();
        }
    }

    private bool TryDequeue(out Task task)
    {
        lock (_gate)
        {
            return _queue.TryDequeue(out task!);
        }
    }
}
