using System.Collections.Concurrent;

namespace MentorFlows.Runtime.Tests.Support;

/// <summary>
/// The outside world of the crash tests (a mail provider, say): it outlives every engine. An effect is applied once
/// per stable key however often it is attempted, as an idempotent activity makes sure; attempts are counted to show
/// re-runs happened and were absorbed.
/// </summary>
internal sealed class EffectLedger
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _applied = new();
    private readonly ConcurrentDictionary<string, bool> _appliedKeys = new(StringComparer.Ordinal);

    /// <summary>Every effect applied, in order; a key appears twice only if an effect was duplicated.</summary>
    public IReadOnlyCollection<string> Applied => _applied;

    /// <summary>Attempts beyond the first, over all keys: re-runs after crashes and retries.</summary>
    public int ReRuns => _attempts.Values.Sum(a => a - 1);

    /// <summary>Records an attempt and returns its number (1 for the first).</summary>
    public int Attempt(string key) => _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);

    /// <summary>Applies the effect unless it was applied already; true when this call applied it.</summary>
    public bool Apply(string key)
    {
        if (!_appliedKeys.TryAdd(key, true))
        {
            return false;
        }

        _applied.Enqueue(key);
        return true;
    }
}
