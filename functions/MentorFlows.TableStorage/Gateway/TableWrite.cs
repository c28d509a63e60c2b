namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// One write of a transaction. <see cref="IfMatch"/> is the ETag the row must still have (optimistic concurrency:
/// <see cref="TableWriteKind.Replace"/> and <see cref="TableWriteKind.Delete"/>); null means "whatever it is now".
/// </summary>
public sealed record TableWrite(TableWriteKind Kind, TableRow Row, string? IfMatch = null)
{
    public static TableWrite Insert(TableRow row) => new(TableWriteKind.Insert, row);

    public static TableWrite Upsert(TableRow row) => new(TableWriteKind.Upsert, row);

    /// <summary>Replaces the row, which must exist (and still have <paramref name="ifMatch"/> when given).</summary>
    public static TableWrite Replace(TableRow row, string? ifMatch) => new(TableWriteKind.Replace, row, ifMatch);

    /// <summary>Deletes the row, which must exist (and still have <paramref name="ifMatch"/> when given).</summary>
    public static TableWrite Delete(string partitionKey, string rowKey, string? ifMatch) =>
        new(TableWriteKind.Delete, new TableRow(partitionKey, rowKey, EmptyProperties), ifMatch);

    private static readonly IReadOnlyDictionary<string, object> EmptyProperties = new Dictionary<string, object>();

    public string PartitionKey => Row.PartitionKey;

    public string RowKey => Row.RowKey;
}
