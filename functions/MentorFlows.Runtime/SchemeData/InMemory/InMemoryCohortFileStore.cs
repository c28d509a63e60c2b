using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="ICohortFileStore"/> in memory. Thread-safe.</summary>
public sealed class InMemoryCohortFileStore : ICohortFileStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public Task SaveAsync(string uploadId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadId);
        lock (_gate)
        {
            _files.TryAdd(uploadId, content.ToArray());
        }

        return Task.CompletedTask;
    }

    public Task<byte[]?> ReadAsync(string uploadId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_files.GetValueOrDefault(uploadId));
        }
    }

    public Task DeleteAsync(string uploadId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _files.Remove(uploadId);
        }

        return Task.CompletedTask;
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_files.Count);
        }
    }
}
