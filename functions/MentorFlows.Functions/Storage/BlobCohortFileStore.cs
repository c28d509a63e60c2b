using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Functions.Storage;

/// <summary>
/// <see cref="ICohortFileStore"/> over the private blob container <see cref="ContainerName"/>, one blob per upload id
/// (azure-api-reference.md §5). Not the <c>cohorts</c> container: a write there would raise another BlobCreated event.
/// The container is created on first use (the app's identity holds Storage Blob Data Owner).
/// </summary>
public sealed class BlobCohortFileStore : ICohortFileStore
{
    public const string ContainerName = "cohort-files";

    private readonly BlobContainerClient _container;
    private Task? _created;

    public BlobCohortFileStore(BlobServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _container = service.GetBlobContainerClient(ContainerName);
    }

    /// <summary>Uploads without overwriting: a second save of the upload id finds the blob (409) and keeps the first.</summary>
    public async Task SaveAsync(string uploadId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        try
        {
            await _container.GetBlobClient(uploadId).UploadAsync(BinaryData.FromBytes(content), false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Stored before: the same upload id is the same content.
        }
    }

    public async Task<byte[]?> ReadAsync(string uploadId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        try
        {
            return (await _container.GetBlobClient(uploadId).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string uploadId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        await _container.GetBlobClient(uploadId).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the container once; a failed or cancelled attempt is not kept, so the next call tries again (as in <see cref="AzureTableGateway"/>).</summary>
    private Task EnsureCreatedAsync()
    {
        var created = Volatile.Read(ref _created);
        if (created is null || created.IsFaulted || created.IsCanceled)
        {
            created = _container.CreateIfNotExistsAsync();
            Volatile.Write(ref _created, created);
        }

        return created;
    }

    public async Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        var count = 0;
        await foreach (var _ in _container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
