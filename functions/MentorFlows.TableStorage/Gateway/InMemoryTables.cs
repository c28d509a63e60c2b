namespace MentorFlows.TableStorage.Gateway;

/// <summary>An account of <see cref="InMemoryTable"/>s, created on first use.</summary>
public sealed class InMemoryTables : ITableGateways
{
    private readonly Dictionary<string, InMemoryTable> _tables = new(StringComparer.OrdinalIgnoreCase);

    public InMemoryTable this[string tableName] => (InMemoryTable)Table(tableName);

    public ITableGateway Table(string tableName)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(tableName, out var table))
            {
                _tables[tableName] = table = new InMemoryTable(tableName);
            }

            return table;
        }
    }
}
