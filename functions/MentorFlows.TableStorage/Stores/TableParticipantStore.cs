using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="IParticipantStore"/> on table <c>SchemeParticipants</c>, one partition per scheme year, row key = student
/// id (docs/azure.md, "Partition design"). Saves are upserts in transactions of up to 100; an erasure deletes with the
/// ETag it read, and deletes again if the record changed meanwhile (erasure wins over a concurrent save).
/// </summary>
public sealed class TableParticipantStore : IParticipantStore
{
    /// <summary>Point reads <see cref="GetManyAsync"/> runs at once.</summary>
    private const int ParallelReads = 8;

    private readonly ITableGateway _table;
    private readonly int _schemeYear;
    private readonly string _partition;

    public TableParticipantStore(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _schemeYear = schemeYear;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public async Task<ParticipantRecord?> GetAsync(string studentId, CancellationToken cancellationToken) =>
        await _table.GetAsync(_partition, ParticipantRows.RowKey(studentId), cancellationToken).ConfigureAwait(false) is { } row
            ? ParticipantRows.FromRow(row)
            : null;

    public async Task<IReadOnlyList<ParticipantRecord>> GetManyAsync(IReadOnlyCollection<string> studentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(studentIds);
        var found = new List<ParticipantRecord>();
        foreach (var chunk in studentIds.Distinct(StringComparer.Ordinal).Chunk(ParallelReads))
        {
            var records = await Task.WhenAll(chunk.Select(id => GetAsync(id, cancellationToken))).ConfigureAwait(false);
            found.AddRange(records.OfType<ParticipantRecord>());
        }

        return found;
    }

    public async Task<IReadOnlyList<ParticipantRecord>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Partition(_partition), cancellationToken).ConfigureAwait(false))
            .Select(ParticipantRows.FromRow)
            .OrderBy(record => record.StudentId, StringComparer.Ordinal)];

    public Task SaveAsync(IReadOnlyList<ParticipantRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return _table.SubmitAllAsync(records.Select(record => TableWrite.Upsert(ParticipantRows.ToRow(_schemeYear, record))), cancellationToken);
    }

    public Task<bool> EraseAsync(string studentId, CancellationToken cancellationToken) =>
        TableOperations.RetryAsync(
            async () =>
            {
                var key = ParticipantRows.RowKey(studentId);
                if (await _table.GetAsync(_partition, key, cancellationToken).ConfigureAwait(false) is not { } row)
                {
                    return false;
                }

                try
                {
                    await _table.SubmitAsync([TableWrite.Delete(_partition, key, row.ETag)], cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowMissing)
                {
                    return false;
                }
            },
            cancellationToken);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _table.CountAsync(TableQuery.Partition(_partition), cancellationToken);
}
