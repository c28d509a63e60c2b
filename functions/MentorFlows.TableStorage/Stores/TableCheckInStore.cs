using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ICheckInStore"/> on table <c>SchemeCheckIns</c>, one partition per (scheme year, match)
/// (<see cref="CheckInRows"/>). A match's answers come back in round order, mentor before mentee.
/// </summary>
public sealed class TableCheckInStore : ICheckInStore
{
    private readonly ITableGateway _table;
    private readonly int _schemeYear;

    public TableCheckInStore(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _schemeYear = schemeYear;
    }

    public Task SaveAsync(CheckInResponse response, CancellationToken cancellationToken) =>
        _table.SubmitAsync([TableWrite.Upsert(CheckInRows.ToRow(_schemeYear, response))], cancellationToken);

    public async Task<IReadOnlyList<CheckInResponse>> ListForMatchAsync(string matchId, CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Partition(CheckInRows.Partition(_schemeYear, matchId)), cancellationToken).ConfigureAwait(false))
            .Select(CheckInRows.FromRow)
            .OrderBy(answer => answer.Round)
            .ThenBy(answer => answer.Respondent)];

    /// <summary>Deletes the match's partition; a row another erasure took first is not counted twice.</summary>
    public async Task<int> EraseMatchAsync(string matchId, CancellationToken cancellationToken)
    {
        var erased = 0;
        var partition = TableQuery.Partition(CheckInRows.Partition(_schemeYear, matchId)).Selecting();
        while (await _table.ReadAllAsync(partition, cancellationToken).ConfigureAwait(false) is { Count: > 0 } rows)
        {
            foreach (var transaction in TableBatches.Split(rows.Select(row => TableWrite.Delete(row.PartitionKey, row.RowKey, null))))
            {
                try
                {
                    await _table.SubmitAsync(transaction, cancellationToken).ConfigureAwait(false);
                    erased += transaction.Count;
                }
                catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowMissing)
                {
                    // Another erasure took some of these rows: the next pass reads what is left.
                }
            }
        }

        return erased;
    }

    /// <summary>Every answer held, all partitions (a scan: for the end-of-year audit, not for a request).</summary>
    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _table.CountAsync(new TableQuery(), cancellationToken);
}
