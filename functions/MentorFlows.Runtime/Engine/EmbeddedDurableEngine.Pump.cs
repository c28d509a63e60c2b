using MentorFlows.Runtime.Store;

namespace MentorFlows.Runtime.Engine;

/// <summary>The work loop shared by every way of driving the engine.</summary>
public sealed partial class EmbeddedDurableEngine
{
    /// <summary>
    /// Locks and runs episodes and activities until the store offers nothing runnable now and nothing is in flight.
    /// A store failure is fatal to the pump: in-flight work is cancelled and awaited, locked work is abandoned, and the
    /// exception propagates (as if the process had died; a new engine takes over where the store says).
    /// </summary>
    private async Task PumpAsync(CancellationToken cancellation)
    {
        using var stopActivities = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var queued = new Queue<OrchestrationWorkItem>();
        var episodes = new List<Task>();
        var activities = new List<Task>();
        try
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                var fetched = false;
                if (queued.Count == 0)
                {
                    foreach (var item in await Store.LockOrchestrationWorkItemsAsync(UtcNow(), _options.OrchestrationBatchSize, cancellation))
                    {
                        queued.Enqueue(item);
                        fetched = true;
                    }
                }

                while (queued.Count > 0 && episodes.Count < _options.MaxConcurrentOrchestrations)
                {
                    var item = queued.Dequeue();
                    episodes.Add(Task.Run(() => RunEpisodeAsync(item), CancellationToken.None));
                }

                if (activities.Count < _options.MaxConcurrentActivities)
                {
                    foreach (var item in await Store.LockActivityWorkItemsAsync(_options.MaxConcurrentActivities - activities.Count, cancellation))
                    {
                        activities.Add(Task.Run(() => RunActivityAsync(item, stopActivities.Token), CancellationToken.None));
                        fetched = true;
                    }
                }

                if (episodes.Count + activities.Count == 0 && queued.Count == 0 && !fetched)
                {
                    return;
                }

                if (!fetched)
                {
                    await Task.WhenAny(episodes.Concat(activities));
                }

                await ReapAsync(episodes);
                await ReapAsync(activities);
            }
        }
        catch
        {
            await stopActivities.CancelAsync();
            await Task.WhenAll(episodes.Concat(activities).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            foreach (var item in queued)
            {
                await BestEffortAsync(() => Store.AbandonOrchestrationAsync(item.Instance.InstanceId, CancellationToken.None));
            }

            throw;
        }
    }

    private static async Task ReapAsync(List<Task> running)
    {
        for (var i = running.Count - 1; i >= 0; i--)
        {
            if (running[i].IsCompleted)
            {
                var done = running[i];
                running.RemoveAt(i);
                await done;
            }
        }
    }

    private static async Task BestEffortAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
#pragma warning disable CA1031 // The pump is already failing with the first error; later ones add nothing.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
