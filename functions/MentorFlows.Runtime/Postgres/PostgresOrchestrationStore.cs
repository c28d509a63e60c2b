using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Npgsql;

namespace MentorFlows.Runtime.Postgres;

/// <summary>
/// A durable store on PostgreSQL (Npgsql) for a local deployment. Every change is one transaction, so a process that
/// dies at any point leaves each step whole or absent: a restarted engine finds every instance, message and unfinished
/// activity where it was. Locks live in this object only (one engine per store at a time); a new process starts with
/// none. Tables live in their own schema, created on start (<see cref="PostgresSchema"/>).
/// </summary>
public sealed partial class PostgresOrchestrationStore : IOrchestrationStore, IAsyncDisposable
{
    public const string DefaultSchema = "mentorflows_runtime";

    private const string Active = "('Running', 'Pending', 'Suspended')";
    private const string InstanceColumns =
        "instance_id, name, execution_id, status, created_at, last_updated_at, scheduled_start_at, input, output, custom_status, failure, parent_instance_id, parent_execution_id, parent_task_id";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _lockedInstances = new(StringComparer.Ordinal);
    private readonly HashSet<long> _lockedActivities = [];

    /// <summary>A store with its own connection pool, disposed with the store.</summary>
    public PostgresOrchestrationStore(string connectionString, string schema = DefaultSchema)
        : this(NpgsqlDataSource.Create(connectionString), schema, ownsDataSource: true)
    {
    }

    /// <summary>A store on a pool the caller owns (and disposes): several stores or schemas can share one pool.</summary>
    public PostgresOrchestrationStore(NpgsqlDataSource dataSource, string schema = DefaultSchema)
        : this(dataSource, schema, ownsDataSource: false)
    {
    }

    private PostgresOrchestrationStore(NpgsqlDataSource dataSource, string schema, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        Schema = PostgresSchemaName.ThrowIfInvalid(schema, nameof(schema));
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
    }

    public string Schema { get; }

    public async Task InitializeAsync(CancellationToken cancellation)
    {
        await PostgresSchema.MigrateAsync(_dataSource, Schema, cancellation);
        lock (_gate)
        {
            _lockedInstances.Clear();
            _lockedActivities.Clear();
        }
    }

    public async Task<CreateInstanceResult> CreateInstanceAsync(NewInstance instance, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var result = await CreateAsync(connection, transaction, instance, cancellation);
        await transaction.CommitAsync(cancellation);
        return result;
    }

    public async Task<EnqueueResult> EnqueueAsync(OutboundMessage message, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"""
            WITH target AS (SELECT status, scheduled_start_at FROM {Schema}.instances WHERE instance_id = @id),
            added AS (
                INSERT INTO {Schema}.messages (instance_id, execution_id, visible_at, body)
                SELECT @id, @execution, {VisibleAt("@visible", "@isEvent", "target")}, @body
                FROM target WHERE target.status IN {Active}
                RETURNING 1)
            SELECT (SELECT status FROM target), (SELECT count(*) FROM added)
            """);
        command.Parameters.AddWithValue("id", message.InstanceId);
        command.Parameters.AddWithValue("execution", (object?)message.ExecutionId ?? DBNull.Value);
        command.Parameters.AddWithValue("visible", message.VisibleAt);
        command.Parameters.AddWithValue("isEvent", message.Event is EventRaisedEvent);
        command.Parameters.AddWithValue("body", Json.Write(message.Event));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return reader.IsDBNull(0) ? EnqueueResult.InstanceNotFound
            : reader.GetInt64(1) == 0 ? EnqueueResult.InstanceNotActive
            : EnqueueResult.Enqueued;
    }

    public async Task<DateTime?> GetNextVisibleTimeAsync(DateTime nowUtc, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"SELECT min(visible_at) FROM {Schema}.messages WHERE visible_at > @now");
        command.Parameters.AddWithValue("now", nowUtc);
        return await command.ExecuteScalarAsync(cancellation) is DateTime due ? due : null;
    }

    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>
    /// Creates an instance unless an active one has the id; over a finished one it replaces the row and deletes the old
    /// history, inbox and activities. Then posts the start message. Runs inside the caller's transaction.
    /// </summary>
    private async Task<CreateInstanceResult> CreateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NewInstance instance, CancellationToken cancellation)
    {
        await using (var upsert = Command(connection, transaction, $"""
            INSERT INTO {Schema}.instances ({InstanceColumns})
            VALUES (@id, @name, @execution, 'Pending', @created, @created, @start, @input, NULL, NULL, NULL, @parentId, @parentExecution, @parentTask)
            ON CONFLICT (instance_id) DO UPDATE SET
                name = EXCLUDED.name, execution_id = EXCLUDED.execution_id, status = 'Pending', created_at = EXCLUDED.created_at,
                last_updated_at = EXCLUDED.last_updated_at, scheduled_start_at = EXCLUDED.scheduled_start_at, input = EXCLUDED.input,
                output = NULL, custom_status = NULL, failure = NULL, parent_instance_id = EXCLUDED.parent_instance_id,
                parent_execution_id = EXCLUDED.parent_execution_id, parent_task_id = EXCLUDED.parent_task_id
            WHERE {Schema}.instances.status NOT IN {Active}
            RETURNING (xmax = 0)
            """))
        {
            upsert.Parameters.AddWithValue("id", instance.InstanceId);
            upsert.Parameters.AddWithValue("name", instance.Name);
            upsert.Parameters.AddWithValue("execution", instance.ExecutionId);
            upsert.Parameters.AddWithValue("created", instance.CreatedAt);
            upsert.Parameters.AddWithValue("start", instance.StartAt);
            upsert.Parameters.AddWithValue("input", (object?)instance.Input ?? DBNull.Value);
            upsert.Parameters.AddWithValue("parentId", (object?)instance.Parent?.InstanceId ?? DBNull.Value);
            upsert.Parameters.AddWithValue("parentExecution", (object?)instance.Parent?.ExecutionId ?? DBNull.Value);
            upsert.Parameters.AddWithValue("parentTask", (object?)instance.Parent?.TaskId ?? DBNull.Value);
            var inserted = await upsert.ExecuteScalarAsync(cancellation);
            if (inserted is null)
            {
                return CreateInstanceResult.AlreadyActive;
            }

            if (inserted is false)
            {
                await DeleteOwnedAsync(connection, transaction, instance.InstanceId, cancellation);
            }
        }

        await using var start = Command(connection, transaction,
            $"INSERT INTO {Schema}.messages (instance_id, execution_id, visible_at, body) VALUES (@id, @execution, @start, @body)");
        start.Parameters.AddWithValue("id", instance.InstanceId);
        start.Parameters.AddWithValue("execution", instance.ExecutionId);
        start.Parameters.AddWithValue("start", instance.StartAt);
        start.Parameters.AddWithValue("body", Json.Write(new ExecutionStartedEvent(instance.Name, instance.ExecutionId, instance.Input)));
        await start.ExecuteNonQueryAsync(cancellation);
        return CreateInstanceResult.Created;
    }

    private async Task DeleteOwnedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string instanceId, CancellationToken cancellation)
    {
        await using var delete = Command(connection, transaction, $"""
            DELETE FROM {Schema}.history WHERE instance_id = @id;
            DELETE FROM {Schema}.messages WHERE instance_id = @id;
            DELETE FROM {Schema}.activities WHERE instance_id = @id;
            """);
        delete.Parameters.AddWithValue("id", instanceId);
        await delete.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>A message's visibility: an event to a Pending instance waits for its start (see <see cref="OutboundMessage"/>).</summary>
    private static string VisibleAt(string visible, string isEvent, string target) =>
        $"CASE WHEN {isEvent} AND {target}.status = 'Pending' AND {target}.scheduled_start_at > {visible} THEN {target}.scheduled_start_at ELSE {visible} END";

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql) =>
        PostgresCommands.Create(connection, transaction, sql);
}
