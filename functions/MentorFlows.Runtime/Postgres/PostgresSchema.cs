using Npgsql;

namespace MentorFlows.Runtime.Postgres;

/// <summary>
/// The store's tables, created on start by numbered migrations recorded in <c>schema_version</c>: each runs once, in
/// order, under an advisory lock so two processes starting together do not race. Add a migration; never edit one.
/// </summary>
internal static class PostgresSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE {0}.instances (
            instance_id text PRIMARY KEY,
            name text NOT NULL,
            execution_id text NOT NULL,
            status text NOT NULL,
            created_at timestamptz NOT NULL,
            last_updated_at timestamptz NOT NULL,
            scheduled_start_at timestamptz NOT NULL,
            input text,
            output text,
            custom_status text,
            failure text,
            parent_instance_id text,
            parent_execution_id text,
            parent_task_id integer);
        CREATE INDEX instances_by_status ON {0}.instances (status, created_at);
        CREATE TABLE {0}.history (
            instance_id text NOT NULL,
            seq integer NOT NULL,
            body text NOT NULL,
            PRIMARY KEY (instance_id, seq));
        CREATE TABLE {0}.messages (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            instance_id text NOT NULL,
            execution_id text,
            visible_at timestamptz NOT NULL,
            body text NOT NULL);
        CREATE INDEX messages_by_due_time ON {0}.messages (visible_at);
        CREATE INDEX messages_by_instance ON {0}.messages (instance_id, id);
        CREATE TABLE {0}.activities (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            instance_id text NOT NULL,
            execution_id text NOT NULL,
            task_id integer NOT NULL,
            name text NOT NULL,
            input text);
        CREATE INDEX activities_by_instance ON {0}.activities (instance_id);
        """,
    ];

    /// <summary>Brings <paramref name="schema"/> up to the latest migration; safe to call on every start.</summary>
    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellation)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock(hashtext('mentorflows.runtime.' || '{schema}'))", cancellation);
        await Execute(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {schema}", cancellation);
        await Execute(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {schema}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellation);

        await using var current = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {schema}.schema_version", connection, transaction);
        var applied = (int)(await current.ExecuteScalarAsync(cancellation))!;
        for (var version = applied + 1; version <= Migrations.Length; version++)
        {
            await Execute(connection, transaction, string.Format(System.Globalization.CultureInfo.InvariantCulture, Migrations[version - 1], schema), cancellation);
            await Execute(connection, transaction, $"INSERT INTO {schema}.schema_version (version) VALUES ({version})", cancellation);
        }

        await transaction.CommitAsync(cancellation);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellation)
    {
#pragma warning disable CA2100 // The only text spliced in is the schema name, checked against [a-z_][a-z0-9_]* by the store.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
