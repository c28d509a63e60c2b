using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Tests.Support;

/// <summary>The same table without its <see cref="InMemoryTable.BeforeSubmit"/> hook: a second writer, for staging a race.</summary>
internal sealed class RawAccess : ITableGateway
{
    private readonly InMemoryTable _table;

    public RawAccess(InMemoryTable table) => _table = table;

    public string TableName => _table.TableName;

    public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) => _table.GetAsync(partitionKey, rowKey, cancellationToken);

    public IAsyncEnumerable<TableRow> QueryAsync(TableQuery query, CancellationToken cancellationToken) => _table.QueryAsync(query, cancellationToken);

    public async Task SubmitAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken)
    {
        var hook = _table.BeforeSubmit;
        _table.BeforeSubmit = null;
        try
        {
            await _table.SubmitAsync(writes, cancellationToken);
        }
        finally
        {
            _table.BeforeSubmit = hook;
        }
    }
}
