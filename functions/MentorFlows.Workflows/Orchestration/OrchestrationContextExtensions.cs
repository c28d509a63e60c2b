namespace MentorFlows.Workflows.Orchestration;

/// <summary>Durable Task's convenience overloads, built only from <see cref="IOrchestrationContext"/> members.</summary>
public static class OrchestrationContextExtensions
{
    /// <summary>
    /// Waits for an event for at most <paramref name="timeout"/> of orchestration time (a durable timer), as Durable's
    /// overload does: the event wins and the timer is abandoned, or the timer wins and this throws
    /// <see cref="TaskCanceledException"/> (the classic "wait for approval or time out"). Cancelling
    /// <paramref name="cancellationToken"/> abandons both and also throws <see cref="TaskCanceledException"/>.
    /// </summary>
    public static async Task<T> WaitForExternalEvent<T>(
        this IOrchestrationContext context,
        string eventName,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);

        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var eventCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeoutTask = context.CreateTimer(context.CurrentUtcDateTime.Add(timeout), timerCancellation.Token);
        var eventTask = context.WaitForExternalEvent<T>(eventName, eventCancellation.Token);

        // Cancel synchronously: CancelAsync would run the callbacks on the thread pool, off the replay thread.
        var winner = await Task.WhenAny(timeoutTask, eventTask);
        if (winner == eventTask)
        {
            timerCancellation.Cancel();
        }
        else
        {
            eventCancellation.Cancel();
        }

        return await eventTask;
    }
}
