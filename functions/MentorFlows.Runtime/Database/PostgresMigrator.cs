using System.Globalization;
using Npgsql;

namespace MentorFlows.Runtime.Database;

/// <summary>
/// Creates and migrates one PostgreSQL schema of MentorFlows (the runtime's, the scheme data's): numbered migrations
/// recorded in <c>{schema}.schema_version</c>, each run once, in order, in one transaction, under an advisory lock so
/// two processes starting together do not race. A migration is SQL text with <c>{0}</c> where the schema name goes.
/// Add a migration; never edit one that has shipped.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>Brings <paramref name="schema"/> up to the last of <paramref name="migrations"/>; safe to call on every start.</summary>
    /// <param name="component">Names the lock (with the schema): <c>runtime</c>, <c>scheme</c>.</param>
    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, string component, IReadOnlyList<string> migrations, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(migrations);
        PostgresSchemaName.ThrowIfInvalid(schema);
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@name))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("name", $"mentorflows.{component}.{schema}");
            await lockCommand.ExecuteNonQueryAsync(cancellation);
        }

        await ExecuteAsync(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {schema}", cancellation);
        await ExecuteAsync(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {schema}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellation);

        int applied;
        await using (var current = PostgresCommands.Create(connection, transaction, $"SELECT coalesce(max(version), 0) FROM {schema}.schema_version"))
        {
            applied = (int)(await current.ExecuteScalarAsync(cancellation))!;
        }

        if (applied > migrations.Count)
        {
            throw new InvalidOperationException(
                $"Schema {schema} is at version {applied}, newer than this build knows ({migrations.Count}): run the newer build, or restore the schema.");
        }

        for (var version = applied + 1; version <= migrations.Count; version++)
        {
            await ExecuteAsync(connection, transaction, string.Format(CultureInfo.InvariantCulture, migrations[version - 1], schema), cancellation);
            await ExecuteAsync(connection, transaction, $"INSERT INTO {schema}.schema_version (version) VALUES ({version})", cancellation);
        }

        await transaction.CommitAsync(cancellation);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellation)
    {
        await using var command = PostgresCommands.Create(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
