using MentorFlows.SendGrid.Ledger;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Ledger;
using MentorFlows.TableStorage.Mapping;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ISentMailLedger"/> on table <c>SchemeSentMailLedger</c>: partition = scheme year, row key = email id,
/// the <see cref="SendLedgerEntry"/> as properties. Each call reads the row and writes the transition
/// <see cref="SendLedgerEntry"/> decides: an insert when there is no row (409: another sender was first), otherwise a
/// replace with the ETag read (412: another sender changed it). Either way the call reads again and decides again, so
/// two workers can never both be granted one id. Ids and times only, nothing personal.
/// </summary>
public sealed class TableSentMailLedger : ISentMailLedger
{
    private readonly ITableGateway _table;
    private readonly string _partition;

    public TableSentMailLedger(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public Task<SendClaim> ClaimAsync(string emailId, DateTime nowUtc, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(emailId);
        return TableOperations.RetryAsync(
            async () =>
            {
                var row = await ReadAsync(emailId, cancellationToken).ConfigureAwait(false);
                var (claim, next) = SendLedgerEntry.Claim(row is null ? null : FromRow(row), nowUtc, lease);
                await WriteAsync(emailId, row, next, cancellationToken).ConfigureAwait(false);
                return claim;
            },
            cancellationToken);
    }

    public Task RecordSentAsync(SentMailReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return TableOperations.RetryAsync(
            async () =>
            {
                var row = await ReadAsync(receipt.EmailId, cancellationToken).ConfigureAwait(false);
                await WriteAsync(receipt.EmailId, row, SendLedgerEntry.Record(row is null ? null : FromRow(row), receipt), cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task ReleaseAsync(string emailId, int attempt, SendAttemptEnd end, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(emailId);
        return TableOperations.RetryAsync(
            async () =>
            {
                var row = await ReadAsync(emailId, cancellationToken).ConfigureAwait(false);
                await WriteAsync(emailId, row, SendLedgerEntry.Release(row is null ? null : FromRow(row), attempt, end), cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>The receipt of <paramref name="emailId"/>, or null when it is not recorded as sent.</summary>
    public async Task<SentMailReceipt?> FindSentAsync(string emailId, CancellationToken cancellationToken) =>
        await ReadAsync(emailId, cancellationToken).ConfigureAwait(false) is { } row ? FromRow(row).Receipt : null;

    private Task<TableRow?> ReadAsync(string emailId, CancellationToken cancellationToken) =>
        _table.GetAsync(_partition, TableKey.Compose(emailId), cancellationToken);

    private async Task WriteAsync(string emailId, TableRow? current, SendLedgerEntry? next, CancellationToken cancellationToken)
    {
        if (next is null)
        {
            return;
        }

        var row = new TableRow(
            _partition,
            TableKey.Compose(emailId),
            new PropertyBag()
                .Set("Attempt", next.Attempt)
                .Set("LeaseUntil", next.LeaseUntilUtc)
                .Set("Unconfirmed", next.Unconfirmed)
                .Set("Sent", next.Receipt is not null)
                .Set("ProviderMessageId", next.Receipt?.ProviderMessageId)
                .Set("AcceptedAt", next.Receipt?.AcceptedAtUtc)
                .Build());
        await _table.SubmitAsync([current is null ? TableWrite.Insert(row) : TableWrite.Replace(row, current.ETag)], cancellationToken).ConfigureAwait(false);
    }

    private static SendLedgerEntry FromRow(TableRow row)
    {
        var p = row.Properties;
        var receipt = p.GetBoolean("Sent")
            ? new SentMailReceipt(TableKey.Unescape(row.RowKey), p.GetStringOrNull("ProviderMessageId"), p.GetUtc("AcceptedAt"))
            : null;
        return new SendLedgerEntry(p.GetInt32("Attempt"), p.GetUtcOrNull("LeaseUntil"), p.GetBoolean("Unconfirmed"), receipt);
    }
}
