namespace MentorFlows.Workflows.Stores;

/// <summary>Erasure receipts and the anonymous per-School statistics they feed. Holds no personal data.</summary>
public interface IErasureLedger
{
    /// <summary>
    /// Records a receipt and adds <paramref name="tally"/> to its School's statistics, atomically; a receipt whose id
    /// is recorded already changes nothing (returns false).
    /// </summary>
    Task<bool> RecordAsync(ErasureReceipt receipt, SchoolTally tally, CancellationToken cancellationToken);

    Task<IReadOnlyList<ErasureReceipt>> ListReceiptsAsync(CancellationToken cancellationToken);

    /// <summary>Statistics per School, by School name.</summary>
    Task<IReadOnlyList<SchoolTally>> ListStatisticsAsync(CancellationToken cancellationToken);
}
