using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ITimeline"/> on table <c>SchemeTimeline</c>: partition = scheme year, row key = entry id (deterministic,
/// so a retried activity's insert finds its row and changes nothing), the entry as JSON (ids only, by contract).
/// </summary>
public sealed class TableTimeline : ITimeline
{
    private readonly ITableGateway _table;
    private readonly string _partition;

    public TableTimeline(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public async Task AppendAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await _table.SubmitAsync([TableWrite.Insert(Row(entry))], cancellationToken).ConfigureAwait(false);
        }
        catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowExists)
        {
            // Recorded before: the timeline is idempotent by entry id.
        }
    }

    /// <summary>
    /// Reads the year's partition, and for each entry naming the student (<see cref="TimelineErasure"/>) deletes its
    /// row and inserts the erased entry under its new row key in one transaction (a row key cannot change in place),
    /// or replaces the row when its key stays.
    /// Idempotent: a retry after a partial run finds only the entries not yet rewritten.
    /// </summary>
    public async Task<int> EraseStudentAsync(string studentId, string erasedKey, CancellationToken cancellationToken)
    {
        var units = new List<IReadOnlyList<TableWrite>>();
        foreach (var row in await _table.ReadAllAsync(TableQuery.Partition(_partition), cancellationToken).ConfigureAwait(false))
        {
            var erased = TimelineErasure.Erase(row.Properties.GetJson<TimelineEntry>("Data"), studentId, erasedKey);
            if (erased is not null)
            {
                var rewritten = Row(erased);
                units.Add(rewritten.RowKey == row.RowKey
                    ? [TableWrite.Upsert(rewritten)]
                    : [TableWrite.Delete(_partition, row.RowKey, ifMatch: null), TableWrite.Insert(rewritten)]);
            }
        }

        foreach (var transaction in TableBatches.SplitUnits(units))
        {
            await _table.SubmitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        return units.Count;
    }

    public async Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Partition(_partition), cancellationToken).ConfigureAwait(false))
            .Select(row => row.Properties.GetJson<TimelineEntry>("Data"))
            .OrderBy(entry => entry.AtUtc)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)];

    private TableRow Row(TimelineEntry entry) =>
        new(_partition, TableKey.Compose(entry.Id), new PropertyBag().Set("At", entry.AtUtc).SetJson("Data", entry).Build());
}
