namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// Splits writes into entity group transactions Azure accepts: one partition each, at most
/// <see cref="TableLimits.MaxWritesPerTransaction"/> writes, each row key at most once, and at most
/// <see cref="TableLimits.MaxTransactionChars"/> of estimated payload. Writes of one partition keep their order
/// (a second write to a row key starts the next transaction, after the first); transactions of different partitions
/// are independent, so a caller that needs several partitions to change together cannot have it (the stores put what
/// must change together in one partition).
/// </summary>
public static class TableBatches
{
    public static IReadOnlyList<IReadOnlyList<TableWrite>> Split(IEnumerable<TableWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        return SplitUnits(writes.Select(write => (IReadOnlyList<TableWrite>)[write]));
    }

    /// <summary>
    /// As <see cref="Split"/>, keeping each unit (writes that must succeed or fail together, e.g. a match and its index
    /// rows) whole in one transaction.
    /// </summary>
    /// <exception cref="ArgumentException">A unit spans partitions, names a row twice, or is too big for one transaction.</exception>
    public static IReadOnlyList<IReadOnlyList<TableWrite>> SplitUnits(IEnumerable<IReadOnlyList<TableWrite>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var open = new Dictionary<string, Group>(StringComparer.Ordinal);
        var done = new List<IReadOnlyList<TableWrite>>();
        var order = new List<string>();
        foreach (var unit in units)
        {
            if (unit.Count == 0)
            {
                continue;
            }

            var partition = unit[0].PartitionKey;
            var keys = unit.Select(write => write.RowKey).ToHashSet(StringComparer.Ordinal);
            var size = unit.Sum(EstimatedChars);
            if (unit.Any(write => write.PartitionKey != partition) || keys.Count != unit.Count
                || unit.Count > TableLimits.MaxWritesPerTransaction || size > TableLimits.MaxTransactionChars)
            {
                throw new ArgumentException(
                    $"A unit of {unit.Count} writes does not fit one transaction (one partition, each row once, at most {TableLimits.MaxWritesPerTransaction} writes).",
                    nameof(units));
            }

            if (!open.TryGetValue(partition, out var group))
            {
                open[partition] = group = new Group();
                order.Add(partition);
            }
            else if (group.Writes.Count + unit.Count > TableLimits.MaxWritesPerTransaction
                || group.RowKeys.Overlaps(keys)
                || group.Chars + size > TableLimits.MaxTransactionChars)
            {
                done.Add(group.Writes);
                open[partition] = group = new Group();
            }

            group.Writes.AddRange(unit);
            group.RowKeys.UnionWith(keys);
            group.Chars += size;
        }

        // Full groups first in the order they filled, then each partition's last group.
        done.AddRange(order.Select(partition => open[partition].Writes).Where(group => group.Count > 0));
        return done;
    }

    /// <summary>A generous estimate of a write's share of the request: its strings, plus framing per property and per write.</summary>
    public static int EstimatedChars(TableWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var chars = 512 + write.PartitionKey.Length + write.RowKey.Length;
        foreach (var (name, value) in write.Row.Properties)
        {
            chars += name.Length + 64 + (value is string text ? text.Length : 32);
        }

        return chars;
    }

    private sealed class Group
    {
        public List<TableWrite> Writes { get; } = [];

        public HashSet<string> RowKeys { get; } = new(StringComparer.Ordinal);

        public int Chars { get; set; }
    }
}
