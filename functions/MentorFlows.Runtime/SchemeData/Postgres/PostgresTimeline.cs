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
                p.Add(Details(entry));
            },
            cancellationToken);
    }

    /// <summary>
    /// Finds the entries that may name the student (subject, or the id anywhere in the entry id or details text: a
    /// scan, as erasure runs once per participant after the year), keeps those <see cref="TimelineErasure"/> says name
    /// them as a whole value, and rewrites them in one transaction.
    /// </summary>
    public async Task<int> EraseStudentAsync(string studentId, string erasedKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(studentId);
        var candidates = await _database.QueryAsync(
            "SELECT id, at, kind, subject, details FROM {s}.timeline WHERE subject = @student OR strpos(id, @student) > 0 OR strpos(coalesce(details::text, ''), @student) > 0",
            p => p.AddWithValue("student", studentId),
            Read,
            cancellationToken);
        var changes = candidates
            .Select(entry => (OldId: entry.Id, New: TimelineErasure.Erase(entry, studentId, erasedKey)))
            .Where(change => change.New is not null)
            .ToList();
        await _database.ExecuteBatchAsync(
            "UPDATE {s}.timeline SET id = @id, subject = @subject, details = @details WHERE id = @old",
            changes,
            (p, change) =>
            {
                p.AddWithValue("old", change.OldId);
                p.AddWithValue("id", change.New!.Id);
                p.AddWithValue("subject", change.New.Subject);
                p.Add(Details(change.New));
            },
            cancellationToken);
        return changes.Count;
    }

    public async Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync("SELECT id, at, kind, subject, details FROM {s}.timeline ORDER BY at, id", null, Read, cancellationToken);

    private static NpgsqlParameter Details(TimelineEntry entry) =>
        new("details", NpgsqlDbType.Json) { Value = entry.Details is null ? DBNull.Value : JsonSerializer.Serialize(entry.Details, WorkflowJson.Options) };

    private static TimelineEntry Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetFieldValue<DateTime>(1),
        Enum.Parse<TimelineEventKind>(reader.GetString(2)),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4), WorkflowJson.Options));
}
