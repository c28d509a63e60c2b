namespace MentorFlows.Local.Serve;

/// <summary>Where <c>serve</c> keeps the scheme: in memory (gone when the process ends) or in PostgreSQL.</summary>
/// <param name="ConnectionString">Null for the in-memory stores; otherwise an Npgsql connection string.</param>
public sealed record StoreChoice(string? ConnectionString)
{
    public static StoreChoice Memory { get; } = new((string?)null);

    public bool IsMemory => ConnectionString is null;

    /// <summary><c>memory</c> (any case) or a connection string (anything else that is not blank).</summary>
    public static StoreChoice Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), ServeOptions.MemoryStore, StringComparison.OrdinalIgnoreCase)
            ? Memory
            : new StoreChoice(value.Trim());

    /// <summary>What the banner and logs show: never the connection string (it may hold a password).</summary>
    public override string ToString() => IsMemory ? "memory" : "PostgreSQL";
}
