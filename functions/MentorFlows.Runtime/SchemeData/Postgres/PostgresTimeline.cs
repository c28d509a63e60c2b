using System.Text.Json;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Timeline;
using Npgsql;
using NpgsqlTypes;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary><see cref="ITimeline"/> on table <c>timeline</c>, idempotent by entry id (ids only, nothing personal).</summary>
public sealed class PostgresTimeline : ITimeline
{
    private readonly PostgresSchemeDatabase _database;

    public PostgresTimeline(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task AppendAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _database.ExecuteAsync(
            "INSERT INTO {s}.timeline (id, at, kind, subject, details) VALUES (@id, @at, @kind, @subject, @details) ON CONFLICT (id) DO NOTHING",
            p =>
            {
                p.AddWithValue("id", entry.Id);
                p.AddWithValue("at", entry.AtUtc);
                p.AddWithValue("kind", entry.Kind.ToString());
                p.AddWithValue("subject", entry.Subject);
                p.Add(new NpgsqlParameter("details", NpgsqlDbType.Json) { Value = entry.Details is null ? DBNull.Value : JsonSerializer.Serialize(entry.Details, WorkflowJson.Options) });
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync("SELECT id, at, kind, subject, details FROM {s}.timeline ORDER BY at, id", null, Read, cancellationToken);

    private static TimelineEntry Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetFieldValue<DateTime>(1),
        Enum.Parse<TimelineEventKind>(reader.GetString(2)),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4), WorkflowJson.Options));
}
