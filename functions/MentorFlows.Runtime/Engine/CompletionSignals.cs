using System.Collections.Concurrent;

namespace MentorFlows.Runtime.Engine;

/// <summary>Wakes callers of <c>WaitForInstanceCompletionAsync</c> when this engine finishes their instance.</summary>
internal sealed class CompletionSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    /// <summary>A task that completes the next time the instance finishes (take it before reading the store).</summary>
    public Task Next(string instanceId) =>
        _waiting.GetOrAdd(instanceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Finished(string instanceId)
    {
        if (_waiting.TryRemove(instanceId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
