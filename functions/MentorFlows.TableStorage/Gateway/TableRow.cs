namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// One entity: its keys, its properties (no nulls: Azure Tables does not store a null, an absent property is null),
/// and the ETag it was read with (null for a row about to be written). Property values are <see cref="string"/>,
/// <see cref="int"/>, <see cref="long"/>, <see cref="bool"/>, <see cref="double"/> or <see cref="DateTimeOffset"/> (UTC).
/// </summary>
public sealed record TableRow(string PartitionKey, string RowKey, IReadOnlyDictionary<string, object> Properties, string? ETag = null)
{
    /// <summary>Names Azure Tables reserves; a store never sets them as properties.</summary>
    public static readonly IReadOnlySet<string> SystemProperties = new HashSet<string>(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>
    /// A row from an entity read as a dictionary (Azure's <c>TableEntity</c> is one): the keys and ETag from their
    /// system entries, every other entry a property.
    /// </summary>
    public static TableRow FromEntity(string partitionKey, string rowKey, string? etag, IEnumerable<KeyValuePair<string, object>> entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in entity)
        {
            if (!SystemProperties.Contains(name) && value is not null)
            {
                properties[name] = value;
            }
        }

        return new TableRow(partitionKey, rowKey, properties, etag);
    }

    /// <summary>The entity to write: the properties plus <c>PartitionKey</c> and <c>RowKey</c> (Azure's <c>new TableEntity(dictionary)</c>).</summary>
    public IDictionary<string, object> ToEntity()
    {
        var entity = new Dictionary<string, object>(Properties, StringComparer.Ordinal)
        {
            ["PartitionKey"] = PartitionKey,
            ["RowKey"] = RowKey,
        };
        return entity;
    }

    public override string ToString() => $"TableRow {{ PartitionKey = {PartitionKey}, RowKey = {RowKey} }}";
}
