using System.Runtime.CompilerServices;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Npgsql;

namespace MentorFlows.Runtime.Postgres;

/// <summary>Reading instances and histories, purging, counting.</summary>
public sealed partial class PostgresOrchestrationStore
{
    public async Task<InstanceRecord?> GetInstanceAsync(string instanceId, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"SELECT {InstanceColumns} FROM {Schema}.instances WHERE instance_id = @id");
        command.Parameters.AddWithValue("id", instanceId);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? ReadInstance(reader) : null;
    }

    public async IAsyncEnumerable<InstanceRecord> QueryInstancesAsync(OrchestrationQuery query, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"""
            SELECT {InstanceColumns} FROM {Schema}.instances
            WHERE (@statuses::text[] IS NULL OR status = ANY(@statuses))
              AND (@prefix::text IS NULL OR left(instance_id, length(@prefix)) = @prefix)
              AND (@from::timestamptz IS NULL OR created_at >= @from)
              AND (@to::timestamptz IS NULL OR created_at <= @to)
            ORDER BY created_at, instance_id
            """);
        command.Parameters.AddWithValue("statuses", query.Statuses is { Count: > 0 } statuses ? statuses.Select(s => s.ToString()).ToArray() : DBNull.Value);
        command.Parameters.AddWithValue("prefix", (object?)query.InstanceIdPrefix ?? DBNull.Value);
        command.Parameters.AddWithValue("from", query.CreatedFrom is { } from ? from.UtcDateTime : DBNull.Value);
        command.Parameters.AddWithValue("to", query.CreatedTo is { } to ? to.UtcDateTime : DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            yield return ReadInstance(reader);
        }
    }

    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"SELECT body FROM {Schema}.history WHERE instance_id = @id ORDER BY seq");
        command.Parameters.AddWithValue("id", instanceId);
        return await ReadAllAsync(command, r => Json.ReadEvent(r.GetString(0)), cancellation);
    }

    public Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation) =>
        PurgeAsync("instance_id = @id", [new("id", instanceId), new("statuses", FinishedStatusNames(InstanceFilters.FinishedStatuses))], cancellation);

    public Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return PurgeAsync(
            "(@from::timestamptz IS NULL OR created_at >= @from) AND (@to::timestamptz IS NULL OR created_at <= @to)",
            [
                new("statuses", FinishedStatusNames(InstanceFilters.PurgeableStatuses(filter))),
                new("from", filter.CreatedFrom is { } from ? from.UtcDateTime : DBNull.Value),
                new("to", filter.CreatedTo is { } to ? to.UtcDateTime : DBNull.Value),
            ],
            cancellation);
    }

    public async Task<StoredRecordCount> CountRecordsAsync(string instanceId, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"""
            SELECT (SELECT count(*) FROM {Schema}.instances WHERE instance_id = @id),
                   (SELECT count(*) FROM {Schema}.history WHERE instance_id = @id),
                   (SELECT count(*) FROM {Schema}.messages WHERE instance_id = @id),
                   (SELECT count(*) FROM {Schema}.activities WHERE instance_id = @id)
            """);
        command.Parameters.AddWithValue("id", instanceId);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return new StoredRecordCount((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
    }

    /// <summary>Deletes the finished instances that <paramref name="condition"/> selects and everything they own, in one statement.</summary>
    private async Task<int> PurgeAsync(string condition, NpgsqlParameter[] parameters, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var command = Command(connection, null, $"""
            WITH gone AS (DELETE FROM {Schema}.instances WHERE status = ANY(@statuses) AND {condition} RETURNING instance_id),
                 history AS (DELETE FROM {Schema}.history WHERE instance_id IN (SELECT instance_id FROM gone)),
                 messages AS (DELETE FROM {Schema}.messages WHERE instance_id IN (SELECT instance_id FROM gone)),
                 activities AS (DELETE FROM {Schema}.activities WHERE instance_id IN (SELECT instance_id FROM gone))
            SELECT count(*) FROM gone
            """);
        command.Parameters.AddRange(parameters);
        return (int)(long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private static string[] FinishedStatusNames(IEnumerable<OrchestrationRuntimeStatus> statuses) => statuses.Select(s => s.ToString()).ToArray();

    private static InstanceRecord ReadInstance(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<OrchestrationRuntimeStatus>(reader.GetString(3)),
        reader.GetDateTime(4),
        reader.GetDateTime(5),
        reader.GetDateTime(6))
    {
        Input = reader.IsDBNull(7) ? null : reader.GetString(7),
        Output = reader.IsDBNull(8) ? null : reader.GetString(8),
        CustomStatus = reader.IsDBNull(9) ? null : reader.GetString(9),
        Failure = reader.IsDBNull(10) ? null : Json.ReadFailure(reader.GetString(10)),
        Parent = reader.IsDBNull(11) ? null : new ParentLink(reader.GetString(11), reader.GetString(12), reader.GetInt32(13)),
    };
}
