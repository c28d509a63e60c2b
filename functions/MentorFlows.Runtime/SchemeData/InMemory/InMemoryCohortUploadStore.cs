using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="ICohortUploadStore"/> in memory. Thread-safe.</summary>
public sealed class InMemoryCohortUploadStore : ICohortUploadStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, CohortUploadRecord> _uploads = new(StringComparer.Ordinal);

    public Task<CohortUploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_uploads.GetValueOrDefault(uploadId));
        }
    }

    public Task SaveAsync(CohortUploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        lock (_gate)
        {
            _uploads[upload.UploadId] = upload;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CohortUploadRecord>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<CohortUploadRecord> all = [.. _uploads.Values];
            return Task.FromResult(all);
        }
    }
}
