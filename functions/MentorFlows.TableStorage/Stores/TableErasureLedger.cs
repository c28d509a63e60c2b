using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="IErasureLedger"/> on table <c>SchemeErasureLedger</c>, one partition per scheme year holding both the
/// receipts (row key <c>r!{receipt id}</c>) and the per-School statistics (row key <c>s!{School}</c>), so that a receipt
/// and its School's new totals are written in one transaction: the receipt inserted (409 if recorded already), the
/// totals replaced with the ETag they were read with (412 if another erasure of the School got there first, and then
/// this one re-reads and adds again).
/// </summary>
public sealed class TableErasureLedger : IErasureLedger
{
    private const string ReceiptKind = "r";
    private const string SchoolKind = "s";

    private readonly ITableGateway _table;
    private readonly string _partition;

    public TableErasureLedger(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public Task<bool> RecordAsync(ErasureReceipt receipt, SchoolTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(tally);
        var receiptKey = TableKey.Compose(ReceiptKind, receipt.ReceiptId);
        var schoolKey = TableKey.Compose(SchoolKind, tally.School);
        return TableOperations.RetryAsync(
            async () =>
            {
                if (await _table.GetAsync(_partition, receiptKey, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return false;
                }

                var school = await _table.GetAsync(_partition, schoolKey, cancellationToken).ConfigureAwait(false);
                var totals = school is null ? tally : school.Properties.GetJson<SchoolTally>("Data").Add(tally);
                var totalsRow = new TableRow(_partition, schoolKey, new PropertyBag().SetJson("Data", totals).Build());
                var receiptRow = new TableRow(_partition, receiptKey, new PropertyBag().Set("ErasedAt", receipt.ErasedAtUtc).SetJson("Data", receipt).Build());
                try
                {
                    await _table.SubmitAsync(
                        [TableWrite.Insert(receiptRow), school is null ? TableWrite.Insert(totalsRow) : TableWrite.Replace(totalsRow, school.ETag)],
                        cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowExists && ex.WriteIndex == 0)
                {
                    return false;
                }
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<ErasureReceipt>> ListReceiptsAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, ReceiptKind), cancellationToken).ConfigureAwait(false))
            .Select(row => row.Properties.GetJson<ErasureReceipt>("Data"))
            .OrderBy(receipt => receipt.ErasedAtUtc)
            .ThenBy(receipt => receipt.ReceiptId, StringComparer.Ordinal)];

    public async Task<IReadOnlyList<SchoolTally>> ListStatisticsAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, SchoolKind), cancellationToken).ConfigureAwait(false))
            .Select(row => row.Properties.GetJson<SchoolTally>("Data"))
            .OrderBy(tally => tally.School, StringComparer.Ordinal)];
}
