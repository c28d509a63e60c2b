using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.Functions.Storage;

/// <summary>
/// <see cref="ITableGateway"/> over one <see cref="TableClient"/> (azure-api-reference.md §4). The table is created on
/// first use. A single write uses the single-entity call, several go in one <c>SubmitTransactionAsync</c>; either way a
/// 409, 412 or 404 becomes <see cref="TableWriteRejectedException"/> with the failed write's index. Every decision
/// (keys, batching, what a refusal means) is MentorFlows.TableStorage's.
/// </summary>
public sealed class AzureTableGateway : ITableGateway
{
    private readonly TableClient _client;
    private Task? _created;

    public AzureTableGateway(TableClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    public string TableName => _client.Name;

    public async Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        var response = await _client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, null, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToRow(response.Value!) : null;
    }

    public async IAsyncEnumerable<TableRow> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().ConfigureAwait(false);
        await foreach (var entity in _client.QueryAsync<TableEntity>(TableFilter.ToOData(query), null, TableFilter.Select(query), cancellationToken).ConfigureAwait(false))
        {
            yield return ToRow(entity);
        }
    }

    public async Task SubmitAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        await EnsureCreatedAsync().ConfigureAwait(false);
        if (writes.Count == 1)
        {
            await SubmitOneAsync(writes[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await _client.SubmitTransactionAsync(writes.Select(ToAction), cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (Failure(ex.Status) is { } failure)
        {
            throw new TableWriteRejectedException(failure, ex.FailedTransactionActionIndex ?? 0, ex);
        }
    }

    private async Task SubmitOneAsync(TableWrite write, CancellationToken cancellationToken)
    {
        try
        {
            var response = write.Kind switch
            {
                TableWriteKind.Insert => await _client.AddEntityAsync(Entity(write), cancellationToken).ConfigureAwait(false),
                TableWriteKind.Upsert => await _client.UpsertEntityAsync(Entity(write), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false),
                TableWriteKind.Replace => await _client.UpdateEntityAsync(Entity(write), IfMatch(write), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false),
                TableWriteKind.Delete => await _client.DeleteEntityAsync(write.PartitionKey, write.RowKey, IfMatch(write), cancellationToken).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "Not a table write."),
            };

            // DeleteEntityAsync answers a missing row with a 404 response instead of throwing (§4).
            if (response.Status == 404)
            {
                throw new TableWriteRejectedException(TableWriteFailure.RowMissing, 0);
            }
        }
        catch (RequestFailedException ex) when (Failure(ex.Status) is { } failure)
        {
            throw new TableWriteRejectedException(failure, 0, ex);
        }
    }

    /// <summary>
    /// Creates the table once. A failed or cancelled attempt is not kept (a <c>Lazy&lt;Task&gt;</c> would keep the faulted
    /// task and fail every later call until the host restarts): the next call tries again. Two concurrent first calls
    /// may both create; <c>CreateIfNotExistsAsync</c> makes that harmless.
    /// </summary>
    private Task EnsureCreatedAsync()
    {
        var created = Volatile.Read(ref _created);
        if (created is null || created.IsFaulted || created.IsCanceled)
        {
            created = _client.CreateIfNotExistsAsync(CancellationToken.None);
            Volatile.Write(ref _created, created);
        }

        return created;
    }

    private static TableTransactionAction ToAction(TableWrite write) => write.Kind switch
    {
        TableWriteKind.Insert => new TableTransactionAction(TableTransactionActionType.Add, Entity(write)),
        TableWriteKind.Upsert => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(write)),
        TableWriteKind.Replace => new TableTransactionAction(TableTransactionActionType.UpdateReplace, Entity(write), IfMatch(write)),
        TableWriteKind.Delete => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(write.PartitionKey, write.RowKey), IfMatch(write)),
        _ => throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "Not a table write."),
    };

    private static TableEntity Entity(TableWrite write) => new(write.Row.ToEntity());

    private static ETag IfMatch(TableWrite write) => write.IfMatch is { } etag ? new ETag(etag) : ETag.All;

    private static TableRow ToRow(TableEntity entity) => TableRow.FromEntity(entity.PartitionKey, entity.RowKey, entity.ETag.ToString(), entity);

    private static TableWriteFailure? Failure(int status) => status switch
    {
        409 => TableWriteFailure.RowExists,
        412 => TableWriteFailure.ETagChanged,
        404 => TableWriteFailure.RowMissing,
        _ => null,
    };
}
