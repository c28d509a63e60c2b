using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="IDepartureRegister"/> in memory. Thread-safe.</summary>
public sealed class InMemoryDepartureRegister : IDepartureRegister
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pseudonyms = new(StringComparer.Ordinal);

    public Task AddAsync(string pseudonym, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pseudonym);
        lock (_gate)
        {
            _pseudonyms.Add(pseudonym);
        }

        return Task.CompletedTask;
    }

    public Task<bool> ContainsAsync(string pseudonym, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_pseudonyms.Contains(pseudonym));
        }
    }

    public Task<int> ClearAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var count = _pseudonyms.Count;
            _pseudonyms.Clear();
            return Task.FromResult(count);
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_pseudonyms.Count);
        }
    }
}
