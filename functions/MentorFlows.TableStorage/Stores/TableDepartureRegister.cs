using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="IDepartureRegister"/> on table <c>SchemeDepartures</c>: partition = scheme year, row key = the keyed
/// pseudonym, no properties (the key is all the register holds).
/// </summary>
public sealed class TableDepartureRegister : IDepartureRegister
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private readonly ITableGateway _table;
    private readonly string _partition;

    public TableDepartureRegister(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public Task AddAsync(string pseudonym, CancellationToken cancellationToken) =>
        _table.SubmitAsync([TableWrite.Upsert(new TableRow(_partition, TableKey.Compose(pseudonym), NoProperties))], cancellationToken);

    public async Task<bool> ContainsAsync(string pseudonym, CancellationToken cancellationToken) =>
        await _table.GetAsync(_partition, TableKey.Compose(pseudonym), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Deletes the year's partition, a transaction of up to 100 rows at a time; a row another clear took first is not counted twice.</summary>
    public async Task<int> ClearAsync(CancellationToken cancellationToken)
    {
        var cleared = 0;
        while (true)
        {
            var rows = await _table.ReadAllAsync(TableQuery.Partition(_partition).Selecting(), cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return cleared;
            }

            foreach (var transaction in TableBatches.Split(rows.Select(row => TableWrite.Delete(row.PartitionKey, row.RowKey, null))))
            {
                try
                {
                    await _table.SubmitAsync(transaction, cancellationToken).ConfigureAwait(false);
                    cleared += transaction.Count;
                }
                catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowMissing)
                {
                    // Another writer took some of these rows: the next pass reads what is left.
                }
            }
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _table.CountAsync(TableQuery.Partition(_partition), cancellationToken);
}
