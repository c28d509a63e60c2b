using MentorFlows.Domain.Concerns;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="IConcernStore"/> on table <c>SchemeConcerns</c> (<see cref="ConcernRows"/>). Every change is a read and a
/// write with the ETag read, retried when another writer got there first:
/// <list type="bullet">
/// <item>adding takes the next number from the year's counter and inserts the concern (and its submission row) in the
/// same transaction;</item>
/// <item>a decision changes only status, outcome and decision time, so it can never bring back an account or an id that
/// an erasure removed in the meantime;</item>
/// <item>the account is kept in the concern's row sealed, as the PostgreSQL store keeps it (<see cref="TextProtector"/>:
/// AES-256-GCM, a random nonce per row, the reference as associated data, the key id beside it), and opened only by
/// <see cref="ReadTextAsync"/>: whoever can read the table (the app's identity, an operator) sees no account without the
/// key. A row written before accounts were sealed holds it plain: it is read as it is, sealed by the next change of
/// the concern, and by <see cref="ResealAsync"/>;</item>
/// <item>erasing a student clears their id, the account and the submission id of each concern they are in.</item>
/// </list>
/// Lists scan the concern rows of every year (a scheme has tens of concerns, not thousands).
/// </summary>
public sealed class TableConcernStore : IConcernStore, ISealedTextStore
{
    private static readonly TableQuery AllConcerns = new()
    {
        RowKeyFrom = Keys.TableKey.PrefixRange(ConcernRows.ConcernKind).From,
        RowKeyTo = Keys.TableKey.PrefixRange(ConcernRows.ConcernKind).To,
    };

    private readonly ITableGateway _table;
    private readonly TextProtector _protector;

    public TableConcernStore(ITableGateway table, TextProtector protector)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(protector);
        _table = table;
        _protector = protector;
    }

    public Task<ConcernRecord> AddAsync(NewConcern concern, int schemeYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var partition = ConcernRows.Partition(schemeYear);
        return TableOperations.RetryAsync(
            async () =>
            {
                if (concern.SubmissionId is { } submission
                    && await _table.GetAsync(partition, ConcernRows.SubmissionKey(submission), cancellationToken).ConfigureAwait(false) is { } earlier
                    && ConcernReference.TryParse(earlier.Properties.GetString("Reference"), out var reference) && reference is not null
                    && await GetAsync(reference, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    return existing;
                }

                var counter = await _table.GetAsync(partition, ConcernRows.CounterKey, cancellationToken).ConfigureAwait(false);
                var sequence = (counter?.Properties.GetInt32("Last") ?? 0) + 1;
                var record = new ConcernRecord(
                    ConcernReference.Create(schemeYear, sequence), concern.ReporterId, concern.AboutId, concern.Category, concern.ImmediateRisk, HasText: true, concern.RaisedAtUtc, concern.SubmissionId);
                var counterRow = ConcernRows.CounterRow(schemeYear, sequence);
                List<TableWrite> writes =
                [
                    counter is null ? TableWrite.Insert(counterRow) : TableWrite.Replace(counterRow, counter.ETag),
                    TableWrite.Insert(ConcernRows.ToRow(record, _protector.Seal(record.Reference, concern.Text))),
                ];
                if (concern.SubmissionId is { } submissionId)
                {
                    writes.Add(TableWrite.Insert(ConcernRows.SubmissionRow(record.Reference, submissionId)));
                }

                await _table.SubmitAsync(writes, cancellationToken).ConfigureAwait(false);
                return record;
            },
            cancellationToken);
    }

    public async Task<ConcernRecord?> GetAsync(ConcernReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return await _table.GetAsync(ConcernRows.Partition(reference.SchemeYear), ConcernRows.RowKey(reference), cancellationToken).ConfigureAwait(false) is { } row
            ? ConcernRows.FromRow(row)
            : null;
    }

    /// <summary>Records the decision fields of <paramref name="concern"/> (status, outcome, decision time); an unknown reference changes nothing.</summary>
    public Task UpdateAsync(ConcernRecord concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return ChangeAsync(concern.Reference, stored => stored with { Status = concern.Status, Outcome = concern.Outcome, DecidedAtUtc = concern.DecidedAtUtc }, keepText: true, cancellationToken);
    }

    /// <summary>The only read that opens the account.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">Its key is not configured, or it was altered or copied from another concern.</exception>
    public async Task<string?> ReadTextAsync(ConcernReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (await _table.GetAsync(ConcernRows.Partition(reference.SchemeYear), ConcernRows.RowKey(reference), cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        return ConcernRows.SealedTextFromRow(row) is { } sealedText ? _protector.Open(reference, sealedText) : ConcernRows.PlainTextFromRow(row);
    }

    public async Task<IReadOnlyList<ConcernRecord>> ListOpenForStudentAsync(string studentId, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(AllConcerns.Where("Status", TableComparison.Equal, nameof(ConcernStatus.Open)), cancellationToken).ConfigureAwait(false))
            .Where(concern => concern.Involves(studentId))];

    public async Task<IReadOnlyList<ConcernRecord>> ListAsync(CancellationToken cancellationToken) =>
        await ReadAsync(AllConcerns, cancellationToken).ConfigureAwait(false);

    public async Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var concern in (await ReadAsync(AllConcerns, cancellationToken).ConfigureAwait(false)).Where(concern => concern.Involves(studentId)))
        {
            // The account is about both people in it, and its submission id may echo the form: both go with either.
            await ChangeAsync(
                concern.Reference,
                stored => stored with
                {
                    ReporterId = stored.ReporterId == studentId ? null : stored.ReporterId,
                    AboutId = stored.AboutId == studentId ? null : stored.AboutId,
                    HasText = false,
                    SubmissionId = null,
                },
                keepText: false,
                cancellationToken).ConfigureAwait(false);
            erased++;
        }

        return erased;
    }

    public async Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(AllConcerns, cancellationToken).ConfigureAwait(false)).Count(concern => concern.HoldsPersonalData || concern.SubmissionId is not null);

    public string SealedContent => "concern accounts";

    /// <summary>
    /// Seals under the current key every account still plain (written before accounts were sealed) or sealed under an
    /// earlier key (after a rotation), one concern at a time, each with the ETag read; returns how many. Then the earlier
    /// keys can be dropped.
    /// </summary>
    public async Task<int> ResealAsync(CancellationToken cancellationToken)
    {
        var resealed = 0;
        foreach (var row in await _table.ReadAllAsync(AllConcerns, cancellationToken).ConfigureAwait(false))
        {
            if (IsStale(row))
            {
                resealed += await ResealAsync(ConcernRows.FromRow(row).Reference, cancellationToken).ConfigureAwait(false);
            }
        }

        return resealed;
    }

    /// <summary>
    /// Replaces the concern with <paramref name="change"/> of what is stored, with the ETag read, keeping its account
    /// (sealing it now if it is still plain) or dropping it; a submission row whose id the change drops goes in the same
    /// transaction.
    /// </summary>
    private Task ChangeAsync(ConcernReference reference, Func<ConcernRecord, ConcernRecord> change, bool keepText, CancellationToken cancellationToken) =>
        TableOperations.RetryAsync(
            async () =>
            {
                var partition = ConcernRows.Partition(reference.SchemeYear);
                if (await _table.GetAsync(partition, ConcernRows.RowKey(reference), cancellationToken).ConfigureAwait(false) is not { } row)
                {
                    return;
                }

                var stored = ConcernRows.FromRow(row);
                var changed = change(stored);
                List<TableWrite> writes = [TableWrite.Replace(ConcernRows.ToRow(changed, keepText ? KeptText(reference, row) : null), row.ETag)];
                if (stored.SubmissionId is { } submission && changed.SubmissionId is null
                    && await _table.GetAsync(partition, ConcernRows.SubmissionKey(submission), cancellationToken).ConfigureAwait(false) is { } submissionRow)
                {
                    writes.Add(TableWrite.Delete(partition, submissionRow.RowKey, submissionRow.ETag));
                }

                await _table.SubmitAsync(writes, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Re-seals one concern's account if it is still stale when read again; 1 if it was re-sealed.</summary>
    private Task<int> ResealAsync(ConcernReference reference, CancellationToken cancellationToken) =>
        TableOperations.RetryAsync(
            async () =>
            {
                if (await _table.GetAsync(ConcernRows.Partition(reference.SchemeYear), ConcernRows.RowKey(reference), cancellationToken).ConfigureAwait(false) is not { } row
                    || !IsStale(row))
                {
                    return 0;
                }

                var text = ConcernRows.SealedTextFromRow(row) is { } sealedText ? _protector.Open(reference, sealedText) : ConcernRows.PlainTextFromRow(row)!;
                await _table.SubmitAsync([TableWrite.Replace(ConcernRows.ToRow(ConcernRows.FromRow(row), _protector.Seal(reference, text)), row.ETag)], cancellationToken).ConfigureAwait(false);
                return 1;
            },
            cancellationToken);

    /// <summary>Whether the row holds its account plain, or sealed under a key other than the current one.</summary>
    private bool IsStale(TableRow row) =>
        ConcernRows.SealedTextFromRow(row) is { } sealedText ? !_protector.IsCurrent(sealedText.KeyId) : ConcernRows.PlainTextFromRow(row) is not null;

    /// <summary>The account as stored, sealed; a plain one (written before sealing) is sealed now.</summary>
    private SealedText? KeptText(ConcernReference reference, TableRow row) =>
        ConcernRows.SealedTextFromRow(row) ?? (ConcernRows.PlainTextFromRow(row) is { } plain ? _protector.Seal(reference, plain) : null);

    private async Task<List<ConcernRecord>> ReadAsync(TableQuery query, CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(query, cancellationToken).ConfigureAwait(false))
            .Select(ConcernRows.FromRow)
            .OrderBy(concern => concern.Reference.Value, StringComparer.Ordinal)];
}
