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
        var properties = new PropertyBag().Set("At", entry.AtUtc).SetJson("Data", entry).Build();
        try
        {
            await _table.SubmitAsync([TableWrite.Insert(new TableRow(_partition, TableKey.Compose(entry.Id), properties))], cancellationToken).ConfigureAwait(false);
        }
        catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowExists)
        {
            // Recorded before: the timeline is idempotent by entry id.
        }
    }

    public async Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Partition(_partition), cancellationToken).ConfigureAwait(false))
            .Select(row => row.Properties.GetJson<TimelineEntry>("Data"))
            .OrderBy(entry => entry.AtUtc)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)];
}
