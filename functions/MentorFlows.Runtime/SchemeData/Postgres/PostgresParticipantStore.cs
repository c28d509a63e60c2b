using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary><see cref="IParticipantStore"/> on table <c>participants</c> (one row per student, erased by deleting it).</summary>
public sealed class PostgresParticipantStore : IParticipantStore
{
    private readonly PostgresSchemeDatabase _database;

    public PostgresParticipantStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<ParticipantRecord?> GetAsync(string studentId, CancellationToken cancellationToken) =>
        (await _database.QueryAsync(
            $"SELECT {ParticipantRows.Columns} FROM {{s}}.participants WHERE student_id = @id",
            p => p.AddWithValue("id", studentId),
            ParticipantRows.Read,
            cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ParticipantRecord>> GetManyAsync(IReadOnlyCollection<string> studentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(studentIds);
        return studentIds.Count == 0 ? [] : await _database.QueryAsync(
            $"SELECT {ParticipantRows.Columns} FROM {{s}}.participants WHERE student_id = ANY(@ids)",
            p => p.AddWithValue("ids", studentIds.Distinct(StringComparer.Ordinal).ToArray()),
            ParticipantRows.Read,
            cancellationToken);
    }

    public async Task<IReadOnlyList<ParticipantRecord>> ListAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {ParticipantRows.Columns} FROM {{s}}.participants ORDER BY student_id", null, ParticipantRows.Read, cancellationToken);

    /// <summary>One batch of upserts in one transaction: the whole list or nothing.</summary>
    public Task SaveAsync(IReadOnlyList<ParticipantRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0 ? Task.CompletedTask : _database.ExecuteBatchAsync(
            $"INSERT INTO {{s}}.participants ({ParticipantRows.Columns}) VALUES ({ParticipantRows.Values}) ON CONFLICT (student_id) DO UPDATE SET {ParticipantRows.Updates}",
            records,
            ParticipantRows.Bind,
            cancellationToken);
    }

    public async Task<bool> EraseAsync(string studentId, CancellationToken cancellationToken) =>
        await _database.ExecuteAsync("DELETE FROM {s}.participants WHERE student_id = @id", p => p.AddWithValue("id", studentId), cancellationToken) > 0;

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync("SELECT count(*) FROM {s}.participants", cancellationToken);
}
