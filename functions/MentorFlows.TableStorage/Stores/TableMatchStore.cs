using MentorFlows.Domain.Matching;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="IMatchStore"/> on table <c>SchemeMatches</c> (<see cref="MatchRows"/>): one partition per scheme year, a
/// match and its two index rows always written together in one transaction (up to 33 matches per transaction).
/// Reads by student and the sweep's mentor pages are row-key range queries; the lists of current matches, of a
/// batch and of an ending run filter the match rows on the server.
/// </summary>
public sealed partial class TableMatchStore : IMatchStore
{
    private readonly ITableGateway _table;
    private readonly int _schemeYear;
    private readonly string _partition;

    public TableMatchStore(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _schemeYear = schemeYear;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    /// <summary>Inserts each new match with its index rows; one whose id exists is left as it is, also when a concurrent add wins the race.</summary>
    public Task AddAsync(IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return TableOperations.RetryAsync(
            async () =>
            {
                var existing = (await _table.ReadAllAsync(TableQuery.Prefix(_partition, MatchRows.MatchKind).Selecting(), cancellationToken).ConfigureAwait(false))
                    .Select(row => row.RowKey)
                    .ToHashSet(StringComparer.Ordinal);
                var units = matches
                    .DistinctBy(match => match.MatchId, StringComparer.Ordinal)
                    .Where(match => !existing.Contains(MatchRows.MatchKey(match.MatchId)))
                    .Select(match => (IReadOnlyList<TableWrite>)[.. MatchRows.ToRows(_schemeYear, match).Select(TableWrite.Insert)]);
                await _table.SubmitUnitsAsync(units, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<MatchRecord?> GetAsync(string matchId, CancellationToken cancellationToken) =>
        await _table.GetAsync(_partition, MatchRows.MatchKey(matchId), cancellationToken).ConfigureAwait(false) is { } row ? MatchRows.FromRow(row) : null;

    /// <summary>
    /// Replaces the match and its index rows, with the ETag of the match row read: a match erased meanwhile is not
    /// brought back. The pair is the match's identity: a record naming another mentee or mentor is refused.
    /// </summary>
    public Task UpdateAsync(MatchRecord match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        return TableOperations.RetryAsync(
            async () =>
            {
                if (await _table.GetAsync(_partition, MatchRows.MatchKey(match.MatchId), cancellationToken).ConfigureAwait(false) is not { } row)
                {
                    return;
                }

                var stored = MatchRows.FromRow(row);
                if (stored.MenteeId != match.MenteeId || stored.MentorId != match.MentorId)
                {
                    throw new ArgumentException($"Match {match.MatchId}: an update may not change the mentee or the mentor.", nameof(match));
                }

                var rows = MatchRows.ToRows(_schemeYear, match);
                await _table.SubmitAsync([TableWrite.Replace(rows[0], row.ETag), TableWrite.Upsert(rows[1]), TableWrite.Upsert(rows[2])], cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<MatchRecord>> ListForStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        var asMentee = await _table.ReadAllAsync(TableQuery.Prefix(_partition, MatchRows.MenteeKind, studentId), cancellationToken).ConfigureAwait(false);
        var asMentor = await _table.ReadAllAsync(TableQuery.Prefix(_partition, MatchRows.MentorKind, studentId), cancellationToken).ConfigureAwait(false);
        return [.. asMentee.Concat(asMentor).Select(MatchRows.FromRow).DistinctBy(match => match.MatchId, StringComparer.Ordinal).OrderBy(match => match.MatchId, StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<MatchRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken) =>
        ListMatchesAsync(TableQuery.Prefix(_partition, MatchRows.MatchKind).Where("BatchId", TableComparison.Equal, batchId), cancellationToken);

    public Task<IReadOnlyList<MatchRecord>> ListEndedByAsync(string endedBy, CancellationToken cancellationToken) =>
        ListMatchesAsync(TableQuery.Prefix(_partition, MatchRows.MatchKind).Where("EndedBy", TableComparison.Equal, endedBy), cancellationToken);

    public Task<IReadOnlyList<MatchRecord>> ListCurrentAsync(CancellationToken cancellationToken) =>
        ListMatchesAsync(TableQuery.Prefix(_partition, MatchRows.MatchKind).Where("IsCurrent", TableComparison.Equal, true), cancellationToken);

    /// <summary>
    /// Reads the mentor rows in key order from just after <paramref name="afterMentorId"/>, current ones only, and stops at
    /// the first row of the mentor after the <paramref name="maxMentors"/>th: the page's last group is whole.
    /// </summary>
    public async Task<IReadOnlyList<MatchRecord>> ListCurrentByMentorPageAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMentors, 1);
        var query = new TableQuery
        {
            PartitionKey = _partition,
            RowKeyFrom = afterMentorId is null ? TableKey.PrefixRange(MatchRows.MentorKind).From : TableKey.After(MatchRows.MentorKind, afterMentorId),
            RowKeyTo = TableKey.PrefixRange(MatchRows.MentorKind).To,
        }.Where("IsCurrent", TableComparison.Equal, true);
        var groups = new List<List<MatchRecord>>();
        await foreach (var row in _table.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var match = MatchRows.FromRow(row);
            if (groups.Count == 0 || groups[^1][0].MentorId != match.MentorId)
            {
                if (groups.Count == maxMentors)
                {
                    break;
                }

                groups.Add([]);
            }

            groups[^1].Add(match);
        }

        return [.. groups.SelectMany(group => group.OrderBy(match => match.MenteeId, StringComparer.Ordinal))];
    }

    public Task AddExcludedPairAsync(MatchPair pair, CancellationToken cancellationToken) =>
        _table.SubmitAsync([TableWrite.Upsert(MatchRows.ExcludedRow(_schemeYear, pair))], cancellationToken);

    public async Task<IReadOnlyList<MatchPair>> ListExcludedPairsAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, MatchRows.ExcludedKind), cancellationToken).ConfigureAwait(false)).Select(MatchRows.PairFromRow)];

    private async Task<IReadOnlyList<MatchRecord>> ListMatchesAsync(TableQuery query, CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(query, cancellationToken).ConfigureAwait(false)).Select(MatchRows.FromRow).OrderBy(match => match.MatchId, StringComparer.Ordinal)];
}
