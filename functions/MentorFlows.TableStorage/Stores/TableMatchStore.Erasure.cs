using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>The waiting list and erasure.</summary>
public sealed partial class TableMatchStore
{
    /// <summary>
    /// Makes the waiting rows the given list: upserts each (with its place) and deletes the rest. Over 100 rows this is
    /// several transactions, not one; a crash between them leaves a mixed list that the caller's retry (the same
    /// replacement again) completes.
    /// </summary>
    public Task ReplaceWaitingAsync(IReadOnlyList<WaitingMentee> waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        return TableOperations.RetryAsync(
            async () =>
            {
                var kept = waiting.DistinctBy(entry => entry.MenteeId, StringComparer.Ordinal).ToList();
                var keys = kept.Select(entry => MatchRows.WaitingKey(entry.MenteeId)).ToHashSet(StringComparer.Ordinal);
                var stale = (await _table.ReadAllAsync(TableQuery.Prefix(_partition, MatchRows.WaitingKind).Selecting(), cancellationToken).ConfigureAwait(false))
                    .Where(row => !keys.Contains(row.RowKey))
                    .Select(row => TableWrite.Delete(_partition, row.RowKey, null));
                await _table.SubmitAllAsync(kept.Select((entry, place) => TableWrite.Upsert(MatchRows.WaitingRow(_schemeYear, entry, place))).Concat(stale), cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<WaitingMentee>> ListWaitingAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, MatchRows.WaitingKind), cancellationToken).ConfigureAwait(false))
            .Select(MatchRows.WaitingFromRow)
            .OrderBy(entry => entry.Place)
            .Select(entry => entry.Waiting)];

    /// <summary>
    /// Deletes every match naming the student with its index rows (a transaction per match), every excluded pair and
    /// the waiting row naming them; counts what went: matches, pairs and waiting entries (index rows are not counted).
    /// </summary>
    public async Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        var matches = await ListForStudentAsync(studentId, cancellationToken).ConfigureAwait(false);
        var erased = 0;
        foreach (var match in matches)
        {
            var rows = MatchRows.ToRows(_schemeYear, match);
            erased += await DeleteAsync([.. rows.Select(row => TableWrite.Delete(row.PartitionKey, row.RowKey, null))], cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        foreach (var pair in (await ListExcludedPairsAsync(cancellationToken).ConfigureAwait(false)).Where(pair => pair.MenteeId == studentId || pair.MentorId == studentId))
        {
            erased += await DeleteAsync([TableWrite.Delete(_partition, TableKey.Compose(MatchRows.ExcludedKind, pair.MenteeId, pair.MentorId), null)], cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        erased += await DeleteAsync([TableWrite.Delete(_partition, MatchRows.WaitingKey(studentId), null)], cancellationToken).ConfigureAwait(false) ? 1 : 0;
        return erased;
    }

    public async Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        await _table.CountAsync(TableQuery.Prefix(_partition, MatchRows.MatchKind), cancellationToken).ConfigureAwait(false)
        + await _table.CountAsync(TableQuery.Prefix(_partition, MatchRows.ExcludedKind), cancellationToken).ConfigureAwait(false)
        + await _table.CountAsync(TableQuery.Prefix(_partition, MatchRows.WaitingKind), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Deletes the rows together; if one is gone already (another erasure took some), deletes the rest one by one.
    /// True when this call deleted the first row.
    /// </summary>
    private async Task<bool> DeleteAsync(IReadOnlyList<TableWrite> deletes, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitAsync(deletes, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowMissing)
        {
            var first = true;
            var deletedFirst = false;
            foreach (var delete in deletes)
            {
                try
                {
                    await _table.SubmitAsync([delete], cancellationToken).ConfigureAwait(false);
                    deletedFirst |= first;
                }
                catch (TableWriteRejectedException single) when (single.Failure == TableWriteFailure.RowMissing)
                {
                    // Gone already.
                }

                first = false;
            }

            return deletedFirst;
        }
    }
}
