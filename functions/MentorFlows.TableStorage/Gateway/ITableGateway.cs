namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// One Azure Table, as the stores see it: point reads, range queries and atomic writes within one partition. The only
/// thing the Azure host implements (over <c>Azure.Data.Tables.TableClient</c>), one line per member; the tests use an
/// in-memory table that keeps the same rules (ordinal key order, ETags, 409/412/404, transaction limits).
/// </summary>
public interface ITableGateway
{
    /// <summary>The table's name (letters and digits, as Azure requires).</summary>
    string TableName { get; }

    /// <summary>The row with these keys, with its ETag, or null when there is none.</summary>
    Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken);

    /// <summary>The rows <paramref name="query"/> selects, in (partition key, row key) ordinal order.</summary>
    IAsyncEnumerable<TableRow> QueryAsync(TableQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="writes"/> all or nothing: at most <see cref="TableLimits.MaxWritesPerTransaction"/>, one
    /// partition key, each row key once (<see cref="TableBatches"/> makes such groups).
    /// </summary>
    /// <exception cref="TableWriteRejectedException">A write's condition failed (the row exists, is missing, or its ETag changed); nothing was applied.</exception>
    Task SubmitAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken);
}
