using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Conformance;
using MentorFlows.Runtime.Tests.Support;
using Npgsql;

namespace MentorFlows.Runtime.Tests.Postgres;

/// <summary>
/// The conformance suite on <see cref="PostgresOrchestrationStore"/>. Every store a test creates lives in a schema of
/// its own, dropped afterwards; a restart opens a new store object (no locks) on the same schema. The stores of a
/// test share one small connection pool: the server is shared with other test runs.
/// </summary>
[RequiresPostgres]
public sealed class PostgresConformanceTests : OrchestrationConformanceTests
{
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(PostgresTestDatabase.RequireConnectionString()) { MaxPoolSize = 6 }.ConnectionString));

    private readonly HashSet<string> _schemas = [];

    protected override Task<IOrchestrationStore> CreateStoreAsync() =>
        Task.FromResult<IOrchestrationStore>(Open($"mf_test_{Guid.NewGuid():N}"));

    protected override IOrchestrationStore Reopen(IOrchestrationStore store) => Open(((PostgresOrchestrationStore)store).Schema);

    protected override async Task CleanUpAsync()
    {
        if (!_dataSource.IsValueCreated)
        {
            return;
        }

        foreach (var schema in _schemas)
        {
            await using var drop = _dataSource.Value.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
            await drop.ExecuteNonQueryAsync();
        }

        await _dataSource.Value.DisposeAsync();
    }

    private PostgresOrchestrationStore Open(string schema)
    {
        _schemas.Add(schema);
        return new PostgresOrchestrationStore(_dataSource.Value, schema);
    }
}
