namespace MentorFlows.TableStorage.Gateway;

/// <summary>Azure Tables' limits that the stores design around (Understanding the Table service data model; Performing entity group transactions).</summary>
public static class TableLimits
{
    /// <summary>Writes in one entity group transaction, all in one partition.</summary>
    public const int MaxWritesPerTransaction = 100;

    /// <summary>A transaction's payload; the stores keep well under it (<see cref="MaxTransactionChars"/>).</summary>
    public const int MaxTransactionBytes = 4 * 1024 * 1024;

    /// <summary>Characters of string data the batching puts in one transaction: 3 MiB of UTF-16 leaves room for the request's framing.</summary>
    public const int MaxTransactionChars = 3 * 1024 * 1024 / 2;

    /// <summary>A partition or row key: 1 KiB, which is 512 UTF-16 characters.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>A string property: 64 KiB, which is 32,768 UTF-16 characters.</summary>
    public const int MaxStringPropertyLength = 32 * 1024;

    /// <summary>Properties an entity may have besides PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxProperties = 252;

    /// <summary>An entity's size, all properties together: 1 MiB.</summary>
    public const int MaxEntityBytes = 1024 * 1024;
}
