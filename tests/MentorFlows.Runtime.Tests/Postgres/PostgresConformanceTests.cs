using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Conformance;
using MentorFlows.Runtime.Tests.Support;
using Npgsql;

namespace MentorFlows.Runtime.Tests.Postgres;

/// <summary>
/// The conformance suite on <see cref="PostgresOrchestrationStore"/>. Every store a test creates lives in a schema of
/// its own, dropped afterwards; a restart opens a new store object (new connections, no locks) on the same schema.
/// </summary>
[RequiresPostgres]
public sealed class PostgresConformanceTests : OrchestrationConformanceTests
{
    private readonly List<PostgresOrchestrationStore> _stores = [];

    protected override Task<IOrchestrationStore> CreateStoreAsync() =>
        Task.FromResult<IOrchestrationStore>(Open($"mf_test_{Guid.NewGuid():N}"));

    protected override IOrchestrationStore Reopen(IOrchestrationStore store) => Open(((PostgresOrchestrationStore)store).Schema);

    protected override async Task CleanUpAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresTestDatabase.RequireConnectionString());
        foreach (var schema in _stores.Select(s => s.Schema).Distinct())
        {
            await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
            await drop.ExecuteNonQueryAsync();
        }

        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    private PostgresOrchestrationStore Open(string schema)
    {
        var store = new PostgresOrchestrationStore(PostgresTestDatabase.RequireConnectionString(), schema);
        _stores.Add(store);
        return store;
    }
}
