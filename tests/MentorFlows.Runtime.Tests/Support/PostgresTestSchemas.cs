using Npgsql;

namespace MentorFlows.Runtime.Tests.Support;

/// <summary>
/// The PostgreSQL schemas one test uses: <see cref="NewSchema"/> names a fresh one (created by the store under test),
/// <see cref="DisposeAsync"/> drops them all. The test's stores share one small pool: the server is shared with other
/// test runs. Needs <see cref="PostgresTestDatabase"/>'s server (use in a [RequiresPostgres] class).
/// </summary>
public sealed class PostgresTestSchemas : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(PostgresTestDatabase.RequireConnectionString()) { MaxPoolSize = 6 }.ConnectionString));

    private readonly HashSet<string> _schemas = [];

    public NpgsqlDataSource DataSource => _dataSource.Value;

    /// <summary>A schema name no other test uses; dropped when this is disposed.</summary>
    public string NewSchema() => Track($"mf_test_{Guid.NewGuid():N}");

    /// <summary>Drops <paramref name="schema"/> too when this is disposed.</summary>
    public string Track(string schema)
    {
        _schemas.Add(schema);
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        // A test may have used the schemas through pools of its own: drop them all the same.
        foreach (var schema in _schemas)
        {
            await using var drop = DataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
            await drop.ExecuteNonQueryAsync();
        }

        if (_dataSource.IsValueCreated)
        {
            await _dataSource.Value.DisposeAsync();
        }
    }
}
