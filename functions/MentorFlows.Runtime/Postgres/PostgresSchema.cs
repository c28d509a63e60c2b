using MentorFlows.Runtime.Database;
using Npgsql;

namespace MentorFlows.Runtime.Postgres;

/// <summary>
/// The store's tables, created on start by numbered migrations (<see cref="PostgresMigrator"/>). Add a migration;
/// never edit one.
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
    public static Task MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellation) =>
        PostgresMigrator.MigrateAsync(dataSource, schema, "runtime", Migrations, cancellation);
}
