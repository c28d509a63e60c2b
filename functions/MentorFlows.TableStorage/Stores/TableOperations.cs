using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Stores;

/// <summary>What every table store does the same way: read a query whole, write in transactions, retry on a lost race.</summary>
internal static class TableOperations
{
    /// <summary>
    /// Attempts of an optimistic write (read, decide, write with the ETag read) before giving up. A race is lost only
    /// to another writer of the same rows; the scheme's few writers lose a handful at most.
    /// </summary>
    public const int MaxAttempts = 20;

    public static async Task<List<TableRow>> ReadAllAsync(this ITableGateway table, TableQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<TableRow>();
        await foreach (var row in table.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<int> CountAsync(this ITableGateway table, TableQuery query, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync(query.Selecting(), cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    /// <summary>Writes <paramref name="writes"/> in as few transactions as <see cref="TableBatches"/> allows (not atomic as a whole).</summary>
    public static async Task SubmitAllAsync(this ITableGateway table, IEnumerable<TableWrite> writes, CancellationToken cancellationToken)
    {
        foreach (var transaction in TableBatches.Split(writes))
        {
            await table.SubmitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes units, each atomic, packed into transactions (<see cref="TableBatches.SplitUnits"/>).</summary>
    public static async Task SubmitUnitsAsync(this ITableGateway table, IEnumerable<IReadOnlyList<TableWrite>> units, CancellationToken cancellationToken)
    {
        foreach (var transaction in TableBatches.SplitUnits(units))
        {
            await table.SubmitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> (which reads, decides and writes conditionally) until it completes without
    /// <see cref="TableWriteRejectedException"/>: optimistic concurrency, each retry re-reading what the race changed.
    /// </summary>
    /// <exception cref="TableWriteRejectedException">Still refused after <see cref="MaxAttempts"/>.</exception>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var number = 1; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (TableWriteRejectedException) when (number < MaxAttempts)
            {
                // Lost a race: read again and decide on what is there now.
            }
        }
    }

    public static Task RetryAsync(Func<Task> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return RetryAsync(
            async () =>
            {
                await attempt().ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }
}
