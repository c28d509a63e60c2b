using System.Globalization;
using System.Runtime.CompilerServices;
namespace MentorFlows.TableStorage.Gateway;

/// <summary>
/// An Azure Table in memory, keeping the rules the stores rely on: rows in ordinal (partition key, row key) order;
/// a new ETag on every write; insert on an existing row 409, replace or delete of a missing row 404, stale ETag 412;
/// a transaction all or nothing, at most 100 writes, one partition, each row once; keys without <c>/ \ # ?</c>,
/// control characters, <c>%</c> or <c>'</c>, at most 512 characters; property types and sizes as Azure allows;
/// <see cref="DateTime"/> properties read back as <see cref="DateTimeOffset"/>, as the SDK hands them over.
/// <see cref="BeforeSubmit"/> lets a test make a concurrent change just before a transaction is checked. For the
/// stores' tests (here and in the scheme store contract suite) and any host that wants the table stores without Azure.
/// </summary>
public sealed class InMemoryTable : ITableGateway
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<(string Partition, string Row), (IReadOnlyDictionary<string, object> Properties, string ETag)> _rows = new(KeyOrder.Instance);
    private long _version;

    public InMemoryTable(string tableName = "TestTable") => TableName = tableName;

    public string TableName { get; }

    /// <summary>Runs before each transaction is checked, outside the lock (a concurrent writer's turn).</summary>
    public Func<IReadOnlyList<TableWrite>, Task>? BeforeSubmit { get; set; }

    public int Transactions { get; private set; }

    public int LargestTransaction { get; private set; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    /// <summary>Every row, in key order (for assertions).</summary>
    public IReadOnlyList<TableRow> Rows()
    {
        lock (_gate)
        {
            return [.. _rows.Select(pair => new TableRow(pair.Key.Partition, pair.Key.Row, pair.Value.Properties, pair.Value.ETag))];
        }
    }

    public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        ValidateKey(partitionKey);
        ValidateKey(rowKey);
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue((partitionKey, rowKey), out var entry) ? new TableRow(partitionKey, rowKey, entry.Properties, entry.ETag) : null);
        }
    }

    public async IAsyncEnumerable<TableRow> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        _ = TableFilter.ToOData(query);
        List<TableRow> rows;
        lock (_gate)
        {
            rows = [.. _rows.Select(pair => new TableRow(pair.Key.Partition, pair.Key.Row, pair.Value.Properties, pair.Value.ETag)).Where(query.Matches)];
        }

        foreach (var row in rows)
        {
            await Task.Yield();
            yield return query.Select is null
                ? row
                : row with { Properties = row.Properties.Where(p => query.Select.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value) };
        }
    }

    public async Task SubmitAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count is 0 or > TableLimits.MaxWritesPerTransaction)
        {
            throw new ArgumentException($"A transaction of {writes.Count} writes.", nameof(writes));
        }

        if (writes.Select(w => w.PartitionKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("CommandsInBatchActOnDifferentPartitions.", nameof(writes));
        }

        if (writes.Select(w => w.RowKey).Distinct(StringComparer.Ordinal).Count() != writes.Count)
        {
            throw new ArgumentException("A transaction names a row twice.", nameof(writes));
        }

        if (writes.Sum(TableBatches.EstimatedChars) > TableLimits.MaxTransactionChars)
        {
            throw new ArgumentException("A transaction over the payload limit.", nameof(writes));
        }

        foreach (var write in writes)
        {
            ValidateKey(write.PartitionKey);
            ValidateKey(write.RowKey);
            ValidateProperties(write.Row.Properties);
        }

        if (BeforeSubmit is { } hook)
        {
            await hook(writes);
        }

        lock (_gate)
        {
            Transactions++;
            LargestTransaction = Math.Max(LargestTransaction, writes.Count);
            for (var i = 0; i < writes.Count; i++)
            {
                var write = writes[i];
                var exists = _rows.TryGetValue((write.PartitionKey, write.RowKey), out var current);
                var failure = write.Kind switch
                {
                    TableWriteKind.Insert when exists => TableWriteFailure.RowExists,
                    TableWriteKind.Replace or TableWriteKind.Delete when !exists => TableWriteFailure.RowMissing,
                    TableWriteKind.Replace or TableWriteKind.Delete when write.IfMatch is { } etag && etag != current.ETag => TableWriteFailure.ETagChanged,
                    _ => (TableWriteFailure?)null,
                };
                if (failure is { } refused)
                {
                    throw new TableWriteRejectedException(refused, i);
                }
            }

            foreach (var write in writes)
            {
                if (write.Kind == TableWriteKind.Delete)
                {
                    _rows.Remove((write.PartitionKey, write.RowKey));
                }
                else
                {
                    _rows[(write.PartitionKey, write.RowKey)] = (Stored(write.Row.Properties), NextETag());
                }
            }
        }
    }

    private string NextETag() => string.Create(CultureInfo.InvariantCulture, $"W/\"{++_version}\"");

    private static IReadOnlyDictionary<string, object> Stored(IReadOnlyDictionary<string, object> properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value is DateTime instant ? new DateTimeOffset(instant.ToUniversalTime()) : p.Value, StringComparer.Ordinal);

    private static void ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length is 0 or > TableLimits.MaxKeyLength || key.Any(c => c is '/' or '\\' or '#' or '?' or '%' or '\'' || char.IsControl(c)))
        {
            throw new ArgumentException("The key value contains invalid characters or is too long.", nameof(key));
        }
    }

    private static void ValidateProperties(IReadOnlyDictionary<string, object> properties)
    {
        if (properties.Count > TableLimits.MaxProperties)
        {
            throw new ArgumentException("Too many properties.", nameof(properties));
        }

        foreach (var (name, value) in properties)
        {
            PropertyNames.Validate(name);
            if (value is not (string or int or long or bool or double or DateTimeOffset or DateTime) || value is string { Length: > TableLimits.MaxStringPropertyLength })
            {
                throw new ArgumentException($"Property {name} has a type or size Azure Tables does not accept.", nameof(properties));
            }
        }
    }

    private sealed class KeyOrder : IComparer<(string Partition, string Row)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string Partition, string Row) x, (string Partition, string Row) y)
        {
            var partition = string.CompareOrdinal(x.Partition, y.Partition);
            return partition != 0 ? partition : string.CompareOrdinal(x.Row, y.Row);
        }
    }
}
