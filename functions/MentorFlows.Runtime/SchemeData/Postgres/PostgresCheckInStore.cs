using MentorFlows.Workflows.Stores;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary><see cref="ICheckInStore"/> on table <c>check_ins</c>, keyed by (match, round, respondent).</summary>
public sealed class PostgresCheckInStore : ICheckInStore
{
    private const string Columns = "match_id, round, respondent, met, hours, daily_contact, answered_at";
    private readonly PostgresSchemeDatabase _database;

    public PostgresCheckInStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task SaveAsync(CheckInResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return _database.ExecuteAsync(
            $$"""
            INSERT INTO {s}.check_ins ({{Columns}}) VALUES (@match, @round, @respondent, @met, @hours, @daily, @at)
            ON CONFLICT (match_id, round, respondent) DO UPDATE SET met = EXCLUDED.met, hours = EXCLUDED.hours,
                daily_contact = EXCLUDED.daily_contact, answered_at = EXCLUDED.answered_at
            """,
            p =>
            {
                p.AddWithValue("match", response.MatchId);
                p.AddWithValue("round", response.Round);
                p.AddWithValue("respondent", response.Respondent.ToString());
                p.AddWithValue("met", response.Met);
                p.AddWithValue("hours", (object?)response.Hours ?? DBNull.Value);
                p.AddWithValue("daily", response.DailyContact);
                p.AddWithValue("at", response.AnsweredAtUtc);
            },
            cancellationToken);
    }

    /// <summary>By round, then respondent.</summary>
    public async Task<IReadOnlyList<CheckInResponse>> ListForMatchAsync(string matchId, CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {Columns} FROM {{s}}.check_ins WHERE match_id = @match ORDER BY round, respondent", p => p.AddWithValue("match", matchId), Read, cancellationToken);

    public Task<int> EraseMatchAsync(string matchId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync("DELETE FROM {s}.check_ins WHERE match_id = @match", p => p.AddWithValue("match", matchId), cancellationToken);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync("SELECT count(*) FROM {s}.check_ins", cancellationToken);

    private static CheckInResponse Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        Enum.Parse<CheckInRespondent>(reader.GetString(2)),
        reader.GetBoolean(3),
        reader.IsDBNull(4) ? null : reader.GetDecimal(4),
        reader.GetBoolean(5),
        reader.GetFieldValue<DateTime>(6));
}
