using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="IMatchStore"/> on tables <c>matches</c> (indexed by mentee, mentor, batch, ending run, and current matches by mentor
/// for the sweeps), <c>excluded_pairs</c> and <c>waiting</c> (in the order given).
/// </summary>
public sealed class PostgresMatchStore : IMatchStore
{
    private const string Current = "status <> 'Ended'";
    private readonly PostgresSchemeDatabase _database;

    public PostgresMatchStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>One batch in one transaction; an existing id is left as it is.</summary>
    public Task AddAsync(IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return matches.Count == 0 ? Task.CompletedTask : _database.ExecuteBatchAsync(
            $"INSERT INTO {{s}}.matches ({MatchRows.Columns}) VALUES (@match_id, @mentee_id, @mentor_id, @school, @score, @reasons, @matched_at, @batch_id, @status, @end_reason, @ended_at, @ended_by) ON CONFLICT (match_id) DO NOTHING",
            matches,
            MatchRows.Bind,
            cancellationToken);
    }

    public async Task<MatchRecord?> GetAsync(string matchId, CancellationToken cancellationToken) =>
        (await SelectAsync("match_id = @id", matchId, cancellationToken)).SingleOrDefault();

    public Task UpdateAsync(MatchRecord match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        return _database.ExecuteAsync(
            """
            UPDATE {s}.matches SET mentee_id = @mentee_id, mentor_id = @mentor_id, school = @school, score = @score, reasons = @reasons,
                matched_at = @matched_at, batch_id = @batch_id, status = @status, end_reason = @end_reason, ended_at = @ended_at, ended_by = @ended_by
            WHERE match_id = @match_id
            """,
            p => MatchRows.Bind(p, match),
            cancellationToken);
    }

    public Task<IReadOnlyList<MatchRecord>> ListForStudentAsync(string studentId, CancellationToken cancellationToken) =>
        SelectAsync("mentee_id = @id OR mentor_id = @id", studentId, cancellationToken);

    public Task<IReadOnlyList<MatchRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken) =>
        SelectAsync("batch_id = @id", batchId, cancellationToken);

    public Task<IReadOnlyList<MatchRecord>> ListEndedByAsync(string endedBy, CancellationToken cancellationToken) =>
        SelectAsync("ended_by = @id", endedBy, cancellationToken);

    public Task<IReadOnlyList<MatchRecord>> ListCurrentAsync(CancellationToken cancellationToken) =>
        SelectAsync(Current, null, cancellationToken);

    public async Task<IReadOnlyList<MatchRecord>> ListCurrentByMentorPageAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMentors, 1);
        return await _database.QueryAsync(
            $$"""
            WITH page AS (
                SELECT DISTINCT mentor_id FROM {s}.matches
                WHERE {{Current}} AND (@after::text IS NULL OR mentor_id > @after::text COLLATE "C")
                ORDER BY mentor_id LIMIT @max)
            SELECT {{MatchRows.Columns}} FROM {s}.matches JOIN page USING (mentor_id)
            WHERE {{Current}}
            ORDER BY mentor_id, mentee_id
            """,
            p =>
            {
                p.AddWithValue("after", (object?)afterMentorId ?? DBNull.Value);
                p.AddWithValue("max", maxMentors);
            },
            MatchRows.Read,
            cancellationToken);
    }

    public Task AddExcludedPairAsync(MatchPair pair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return _database.ExecuteAsync(
            "INSERT INTO {s}.excluded_pairs (mentee_id, mentor_id) VALUES (@mentee, @mentor) ON CONFLICT DO NOTHING",
            p =>
            {
                p.AddWithValue("mentee", pair.MenteeId);
                p.AddWithValue("mentor", pair.MentorId);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<MatchPair>> ListExcludedPairsAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync("SELECT mentee_id, mentor_id FROM {s}.excluded_pairs ORDER BY mentee_id, mentor_id", null,
            r => new MatchPair(r.GetString(0), r.GetString(1)), cancellationToken);

    /// <summary>Deletes the old list and writes the new one in one transaction.</summary>
    public Task ReplaceWaitingAsync(IReadOnlyList<WaitingMentee> waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        return _database.ExecuteBatchAsync(
            $"INSERT INTO {{s}}.waiting (position, {MatchRows.WaitingColumns}) VALUES (@position, @mentee_id, @school, @reason, @explanation, @since)",
            waiting.Select((entry, position) => (entry, position)),
            MatchRows.BindWaiting,
            cancellationToken,
            prelude: "DELETE FROM {s}.waiting");
    }

    public async Task<IReadOnlyList<WaitingMentee>> ListWaitingAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {MatchRows.WaitingColumns} FROM {{s}}.waiting ORDER BY position", null, MatchRows.ReadWaiting, cancellationToken);

    public async Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken) =>
        await _database.CountAsync(
            """
            WITH matches AS (DELETE FROM {s}.matches WHERE mentee_id = @id OR mentor_id = @id RETURNING 1),
                 pairs AS (DELETE FROM {s}.excluded_pairs WHERE mentee_id = @id OR mentor_id = @id RETURNING 1),
                 waiting AS (DELETE FROM {s}.waiting WHERE mentee_id = @id RETURNING 1)
            SELECT (SELECT count(*) FROM matches) + (SELECT count(*) FROM pairs) + (SELECT count(*) FROM waiting)
            """,
            cancellationToken,
            p => p.AddWithValue("id", studentId));

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync(
            "SELECT (SELECT count(*) FROM {s}.matches) + (SELECT count(*) FROM {s}.excluded_pairs) + (SELECT count(*) FROM {s}.waiting)",
            cancellationToken);

    private async Task<IReadOnlyList<MatchRecord>> SelectAsync(string where, string? id, CancellationToken cancellationToken) =>
        await _database.QueryAsync(
            $"SELECT {MatchRows.Columns} FROM {{s}}.matches WHERE {where} ORDER BY match_id",
            id is null ? null : p => p.AddWithValue("id", id),
            MatchRows.Read,
            cancellationToken);
}
