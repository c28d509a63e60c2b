using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Workflows.Year;

/// <summary>The waits the scheme's orchestrators share, built only from the orchestration port.</summary>
public static class DurableWaits
{
    /// <summary>Waits on a durable timer until <paramref name="fireAtUtc"/>; returns at once if it is not ahead.</summary>
    public static Task WaitUntilAsync(this IOrchestrationContext context, DateTime fireAtUtc)
    {
        ArgumentNullException.ThrowIfNull(context);
        var at = UtcInstants.AsUtc(fireAtUtc);
        return at > context.CurrentUtcDateTime ? context.CreateTimer(at, CancellationToken.None) : Task.CompletedTask;
    }

    /// <summary>
    /// Waits for the event <paramref name="eventName"/> or until <paramref name="fireAtUtc"/>, whichever comes first
    /// (the loser is abandoned). Returns the event's payload, or null when the time came first. An event already
    /// buffered wins even when the time is past.
    /// </summary>
    public static async Task<T?> WaitForEventUntilAsync<T>(this IOrchestrationContext context, string eventName, DateTime fireAtUtc)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        using var timerCancellation = new CancellationTokenSource();
        using var eventCancellation = new CancellationTokenSource();
        var at = UtcInstants.AsUtc(fireAtUtc);
        var timer = context.CreateTimer(at > context.CurrentUtcDateTime ? at : context.CurrentUtcDateTime, timerCancellation.Token);
        var signal = context.WaitForExternalEvent<T>(eventName, eventCancellation.Token);

        // Cancel synchronously: CancelAsync would run the callbacks off the replay thread.
        if (await Task.WhenAny(signal, timer) == signal)
        {
            timerCancellation.Cancel();
            return await signal;
        }

        eventCancellation.Cancel();
        return null;
    }
}
