using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="IErasureLedger"/> in memory. Thread-safe.</summary>
public sealed class InMemoryErasureLedger : IErasureLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ErasureReceipt> _receipts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SchoolTally> _schools = new(StringComparer.Ordinal);

    public Task<bool> RecordAsync(ErasureReceipt receipt, SchoolTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(tally);
        lock (_gate)
        {
            if (!_receipts.TryAdd(receipt.ReceiptId, receipt))
            {
                return Task.FromResult(false);
            }

            _schools[tally.School] = _schools.TryGetValue(tally.School, out var existing) ? existing.Add(tally) : tally;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<ErasureReceipt>> ListReceiptsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ErasureReceipt> all = [.. _receipts.Values.OrderBy(r => r.ErasedAtUtc).ThenBy(r => r.ReceiptId, StringComparer.Ordinal)];
            return Task.FromResult(all);
        }
    }

    public Task<IReadOnlyList<SchoolTally>> ListStatisticsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SchoolTally> all = [.. _schools.Values];
            return Task.FromResult(all);
        }
    }
}
