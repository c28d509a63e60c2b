using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Store;
using Npgsql;

namespace MentorFlows.Runtime.Postgres;

/// <summary>Locking and committing work: one round trip to lock a batch, one transaction per episode or activity result.</summary>
public sealed partial class PostgresOrchestrationStore
{
    public async Task<IReadOnlyList<OrchestrationWorkItem>> LockOrchestrationWorkItemsAsync(DateTime nowUtc, int max, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        string[] ids;
        await using (var ready = Command(connection, null, $"""
            SELECT instance_id FROM {Schema}.messages
            WHERE visible_at <= @now AND NOT (instance_id = ANY(@locked))
            GROUP BY instance_id ORDER BY min(id) LIMIT @max
            """))
        {
            ready.Parameters.AddWithValue("now", nowUtc);
            ready.Parameters.AddWithValue("locked", LockedInstances());
            ready.Parameters.AddWithValue("max", max);
            ids = await ReadAllAsync(ready, r => r.GetString(0), cancellation);
        }

        lock (_gate)
        {
            ids = ids.Where(_lockedInstances.Add).ToArray();
        }

        if (ids.Length == 0)
        {
            return [];
        }

        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT {InstanceColumns} FROM {Schema}.instances WHERE instance_id = ANY(@ids)") { Parameters = { new("ids", ids) } },
                new NpgsqlBatchCommand($"SELECT instance_id, body FROM {Schema}.history WHERE instance_id = ANY(@ids) ORDER BY instance_id, seq") { Parameters = { new("ids", ids) } },
                new NpgsqlBatchCommand($"SELECT id, instance_id, execution_id, visible_at, body FROM {Schema}.messages WHERE instance_id = ANY(@ids) AND visible_at <= @now ORDER BY id")
                {
                    Parameters = { new("ids", ids), new("now", nowUtc) },
                },
            },
        };
        var instances = new Dictionary<string, InstanceRecord>(StringComparer.Ordinal);
        var histories = ids.ToDictionary(id => id, _ => new List<HistoryEvent>(), StringComparer.Ordinal);
        var inboxes = ids.ToDictionary(id => id, _ => new List<OrchestrationMessage>(), StringComparer.Ordinal);
        await using (var reader = await batch.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                var record = ReadInstance(reader);
                instances[record.InstanceId] = record;
            }

            await reader.NextResultAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                histories[reader.GetString(0)].Add(Json.ReadEvent(reader.GetString(1)));
            }

            await reader.NextResultAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                var instanceId = reader.GetString(1);
                inboxes[instanceId].Add(new OrchestrationMessage(reader.GetInt64(0), instanceId, reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetDateTime(3), Json.ReadEvent(reader.GetString(4))));
            }
        }

        var items = new List<OrchestrationWorkItem>();
        foreach (var id in ids)
        {
            if (instances.TryGetValue(id, out var record) && inboxes[id].Count > 0)
            {
                items.Add(new OrchestrationWorkItem(record, histories[id], inboxes[id]));
            }
            else
            {
                Unlock(id);
            }
        }

        return items;
    }

    public async Task CommitOrchestrationAsync(OrchestrationCommit commit, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commit);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            await using (var current = Command(connection, transaction, $"""
                SELECT i.execution_id, (SELECT count(*) FROM {Schema}.history h WHERE h.instance_id = i.instance_id)
                FROM {Schema}.instances i WHERE i.instance_id = @id FOR UPDATE OF i
                """))
            {
                current.Parameters.AddWithValue("id", commit.InstanceId);
                await using var reader = await current.ExecuteReaderAsync(cancellation);
                if (!await reader.ReadAsync(cancellation) || reader.GetString(0) != commit.ExecutionId || reader.GetInt64(1) != commit.ReplayedHistoryLength)
                {
                    // Purged, replaced or moved on (another engine on this store) while the episode ran: nothing of it applies.
                    return;
                }
            }

            await using (var batch = CommitBatch(connection, transaction, commit))
            {
                await batch.ExecuteNonQueryAsync(cancellation);
            }

            var messages = new List<OutboundMessage>();
            foreach (var child in commit.SubOrchestrations)
            {
                if (await CreateAsync(connection, transaction, child, cancellation) == CreateInstanceResult.AlreadyActive && child.Parent is { } parent)
                {
                    messages.Add(new OutboundMessage(parent.InstanceId, parent.ExecutionId, commit.Instance.LastUpdatedAt,
                        new SubOrchestrationFailedEvent(parent.TaskId, StoreFailures.ChildAlreadyActive(child.InstanceId))));
                }
            }

            messages.AddRange(commit.Messages);
            await PostAsync(connection, transaction, messages, cancellation);
            await transaction.CommitAsync(cancellation);
        }
        finally
        {
            Unlock(commit.InstanceId);
        }
    }

    public Task AbandonOrchestrationAsync(string instanceId, CancellationToken cancellation)
    {
        Unlock(instanceId);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<ActivityWorkItem>> LockActivityWorkItemsAsync(int max, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        long[] locked;
        lock (_gate)
        {
            locked = _lockedActivities.ToArray();
        }

        await using var command = Command(connection, null, $"""
            SELECT id, instance_id, execution_id, task_id, name, input FROM {Schema}.activities
            WHERE NOT (id = ANY(@locked)) ORDER BY id LIMIT @max
            """);
        command.Parameters.AddWithValue("locked", locked);
        command.Parameters.AddWithValue("max", max);
        var items = await ReadAllAsync(command, r => new ActivityWorkItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4),
            r.IsDBNull(5) ? null : r.GetString(5)), cancellation);
        lock (_gate)
        {
            return items.Where(i => _lockedActivities.Add(i.Id)).ToArray();
        }
    }

    public async Task CompleteActivityAsync(ActivityWorkItem item, HistoryEvent result, DateTime nowUtc, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
            await using var command = Command(connection, null, $"""
                WITH done AS (DELETE FROM {Schema}.activities WHERE id = @id RETURNING instance_id, execution_id)
                INSERT INTO {Schema}.messages (instance_id, execution_id, visible_at, body)
                SELECT done.instance_id, done.execution_id, @now, @body
                FROM done JOIN {Schema}.instances i ON i.instance_id = done.instance_id
                WHERE i.status IN {Active}
                """);
            command.Parameters.AddWithValue("id", item.Id);
            command.Parameters.AddWithValue("now", nowUtc);
            command.Parameters.AddWithValue("body", Json.Write(result));
            await command.ExecuteNonQueryAsync(cancellation);
        }
        finally
        {
            lock (_gate)
            {
                _lockedActivities.Remove(item.Id);
            }
        }
    }

    public Task AbandonActivityAsync(ActivityWorkItem item, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _lockedActivities.Remove(item.Id);
        }

        return Task.CompletedTask;
    }

    /// <summary>The episode's own changes in one batch: inbox, history, instance row, activities.</summary>
    private NpgsqlBatch CommitBatch(NpgsqlConnection connection, NpgsqlTransaction transaction, OrchestrationCommit commit)
    {
        var instance = commit.Instance;
        var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {Schema}.messages WHERE id = ANY(@ids)") { Parameters = { new("ids", commit.ConsumedMessageIds.ToArray()) } });
        if (commit.ExecutionEnded)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {Schema}.messages WHERE instance_id = @id AND execution_id = @execution")
            {
                Parameters = { new("id", commit.InstanceId), new("execution", commit.ExecutionId) },
            });
        }

        if (commit.ResetHistory)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {Schema}.history WHERE instance_id = @id") { Parameters = { new("id", commit.InstanceId) } });
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            INSERT INTO {Schema}.history (instance_id, seq, body)
            SELECT @id, next.seq + added.ord - 1, added.body
            FROM unnest(@bodies) WITH ORDINALITY AS added(body, ord),
                 (SELECT coalesce(max(seq) + 1, 0) AS seq FROM {Schema}.history WHERE instance_id = @id) AS next
            """)
        {
            Parameters = { new("id", commit.InstanceId), new("bodies", commit.AppendedHistory.Select(Json.Write).ToArray()) },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            UPDATE {Schema}.instances SET execution_id = @execution, status = @status, last_updated_at = @updated, input = @input,
                output = @output, custom_status = @customStatus, failure = @failure
            WHERE instance_id = @id
            """)
        {
            Parameters =
            {
                new("id", instance.InstanceId),
                new("execution", instance.ExecutionId),
                new("status", instance.Status.ToString()),
                new("updated", instance.LastUpdatedAt),
                new("input", (object?)instance.Input ?? DBNull.Value),
                new("output", (object?)instance.Output ?? DBNull.Value),
                new("customStatus", (object?)instance.CustomStatus ?? DBNull.Value),
                new("failure", instance.Failure is { } failure ? Json.Write(failure) : DBNull.Value),
            },
        });
        if (commit.Activities.Count > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                INSERT INTO {Schema}.activities (instance_id, execution_id, task_id, name, input)
                SELECT a.i, a.e, a.t, a.n, a.p
                FROM unnest(@instances, @executions, @tasks, @names, @inputs::text[]) WITH ORDINALITY AS a(i, e, t, n, p, ord)
                ORDER BY a.ord
                """)
            {
                Parameters =
                {
                    new("instances", commit.Activities.Select(a => a.InstanceId).ToArray()),
                    new("executions", commit.Activities.Select(a => a.ExecutionId).ToArray()),
                    new("tasks", commit.Activities.Select(a => a.TaskId).ToArray()),
                    new("names", commit.Activities.Select(a => a.Name).ToArray()),
                    new("inputs", commit.Activities.Select(a => a.Input).ToArray()),
                },
            });
        }

        return batch;
    }

    /// <summary>Posts messages in order, dropping those for instances that do not exist or have finished.</summary>
    private async Task PostAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<OutboundMessage> messages, CancellationToken cancellation)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await using var command = Command(connection, transaction, $"""
            INSERT INTO {Schema}.messages (instance_id, execution_id, visible_at, body)
            SELECT m.instance_id, m.execution_id, {VisibleAt("m.visible_at", "m.is_event", "target")}, m.body
            FROM unnest(@instances, @executions::text[], @visible, @bodies, @events) WITH ORDINALITY AS m(instance_id, execution_id, visible_at, body, is_event, ord)
            JOIN {Schema}.instances target ON target.instance_id = m.instance_id
            WHERE target.status IN {Active}
            ORDER BY m.ord
            """);
        command.Parameters.AddWithValue("instances", messages.Select(m => m.InstanceId).ToArray());
        command.Parameters.AddWithValue("executions", messages.Select(m => m.ExecutionId).ToArray());
        command.Parameters.AddWithValue("visible", messages.Select(m => m.VisibleAt).ToArray());
        command.Parameters.AddWithValue("bodies", messages.Select(m => Json.Write(m.Event)).ToArray());
        command.Parameters.AddWithValue("events", messages.Select(m => m.Event is EventRaisedEvent).ToArray());
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private string[] LockedInstances()
    {
        lock (_gate)
        {
            return _lockedInstances.ToArray();
        }
    }

    private void Unlock(string instanceId)
    {
        lock (_gate)
        {
            _lockedInstances.Remove(instanceId);
        }
    }

    private static Task<T[]> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellation) =>
        PostgresCommands.ReadAllAsync(command, read, cancellation);
}
