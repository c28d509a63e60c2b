namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// Which rows to read: one partition (or all), a row key range [<see cref="RowKeyFrom"/>, <see cref="RowKeyTo"/>)
/// (inclusive start, exclusive end; either may be open), property conditions the service evaluates, and optionally only
/// some properties. <see cref="TableFilter"/> turns it into Azure's OData filter.
/// </summary>
public sealed record TableQuery
{
    /// <summary>Null reads every partition (a table scan: only for small tables or whole-table counts).</summary>
    public string? PartitionKey { get; init; }

    /// <summary>Inclusive lower bound of the row key; null: from the first.</summary>
    public string? RowKeyFrom { get; init; }

    /// <summary>Exclusive upper bound of the row key; null: to the last.</summary>
    public string? RowKeyTo { get; init; }

    public IReadOnlyList<TableCondition> Conditions { get; init; } = [];

    /// <summary>Properties to return besides the keys; null returns every property.</summary>
    public IReadOnlyList<string>? Select { get; init; }

    /// <summary>Every row of one partition.</summary>
    public static TableQuery Partition(string partitionKey) => new() { PartitionKey = partitionKey };

    /// <summary>The rows of one partition whose row key starts with <paramref name="components"/> and a separator (<see cref="Keys.TableKey.PrefixRange"/>).</summary>
    public static TableQuery Prefix(string partitionKey, params ReadOnlySpan<string> components)
    {
        var (from, to) = Keys.TableKey.PrefixRange(components);
        return new TableQuery { PartitionKey = partitionKey, RowKeyFrom = from, RowKeyTo = to };
    }

    /// <summary>This query with one more condition.</summary>
    public TableQuery Where(string property, TableComparison comparison, object value) =>
        this with { Conditions = [.. Conditions, new TableCondition(property, comparison, value)] };

    /// <summary>This query returning only <paramref name="properties"/> (and the keys).</summary>
    public TableQuery Selecting(params string[] properties) => this with { Select = properties };

    /// <summary>True when <paramref name="row"/> satisfies the query (what the service does; used by the in-memory table).</summary>
    public bool Matches(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (PartitionKey is null || string.Equals(row.PartitionKey, PartitionKey, StringComparison.Ordinal))
            && (RowKeyFrom is null || string.CompareOrdinal(row.RowKey, RowKeyFrom) >= 0)
            && (RowKeyTo is null || string.CompareOrdinal(row.RowKey, RowKeyTo) < 0)
            && Conditions.All(condition => condition.Matches(row));
    }
}
