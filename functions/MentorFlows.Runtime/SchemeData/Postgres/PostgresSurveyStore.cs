using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="ISurveyStore"/> on table <c>survey_answers</c>, keyed by (student, point, partner); an answer naming
/// no pair has the partner <c>''</c> (a key column cannot be NULL). The comment rests sealed (<see cref="TextProtector"/>,
/// the answer's key as associated data: <c>comment_key_id</c>, <c>comment_nonce</c>, <c>comment_sealed</c>); the plain
/// <c>comment</c> column holds only answers saved before migration 4, read as they are until <see cref="ResealAsync"/>
/// seals them. The figures are counted in the database, so no answer leaves it to make them.
/// </summary>
public sealed class PostgresSurveyStore : ISurveyStore, ISealedTextStore
{
    private const string Columns = "student_id, point, partner_id, role, rating, would_recommend, comment, answered_at, comment_key_id, comment_nonce, comment_sealed";
    private readonly PostgresSchemeDatabase _database;
    private readonly TextProtector _protector;

    public PostgresSurveyStore(PostgresSchemeDatabase database, TextProtector protector)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        _database = database;
        _protector = protector;
    }

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var comment = response.Answer.Comment is { } text ? _protector.Seal(SurveyAnswerKey.Of(response), text) : null;
        return _database.ExecuteAsync(
            $$"""
            INSERT INTO {s}.survey_answers ({{Columns}}) VALUES (@student, @point, @partner, @role, @rating, @recommend, NULL, @at, @key, @nonce, @sealed)
            ON CONFLICT (student_id, point, partner_id) DO UPDATE SET role = EXCLUDED.role, rating = EXCLUDED.rating,
                would_recommend = EXCLUDED.would_recommend, comment = NULL, answered_at = EXCLUDED.answered_at,
                comment_key_id = EXCLUDED.comment_key_id, comment_nonce = EXCLUDED.comment_nonce, comment_sealed = EXCLUDED.comment_sealed
            """,
            p =>
            {
                p.AddWithValue("student", response.StudentId);
                p.AddWithValue("point", response.Point.ToString());
                p.AddWithValue("partner", response.PartnerId ?? string.Empty);
                p.AddWithValue("role", response.Role.ToString());
                p.AddWithValue("rating", response.Answer.Rating);
                p.AddWithValue("recommend", response.Answer.WouldRecommend);
                p.AddWithValue("at", response.AnsweredAtUtc);
                p.Add(new NpgsqlParameter("key", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)comment?.KeyId ?? DBNull.Value });
                p.Add(new NpgsqlParameter("nonce", NpgsqlTypes.NpgsqlDbType.Bytea) { Value = (object?)comment?.Nonce ?? DBNull.Value });
                p.Add(new NpgsqlParameter("sealed", NpgsqlTypes.NpgsqlDbType.Bytea) { Value = (object?)comment?.Ciphertext ?? DBNull.Value });
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListForStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        var answers = await _database.QueryAsync(
            $"SELECT {Columns} FROM {{s}}.survey_answers WHERE student_id = @student OR partner_id = @student",
            p => p.AddWithValue("student", studentId),
            Read,
            cancellationToken);

        // Points are stored by name; their order is the enum's.
        return [.. answers.OrderBy(a => a.Point).ThenBy(a => a.StudentId, StringComparer.Ordinal).ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListCommentedAsync(CancellationToken cancellationToken)
    {
        var answers = await _database.QueryAsync($"SELECT {Columns} FROM {{s}}.survey_answers WHERE comment IS NOT NULL OR comment_sealed IS NOT NULL", null, Read, cancellationToken);
        return [.. answers.OrderBy(a => a.Point).ThenBy(a => a.StudentId, StringComparer.Ordinal).ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<SurveyFigures>> FiguresAsync(CancellationToken cancellationToken)
    {
        var figures = await _database.QueryAsync(
            "SELECT point, count(*)::integer, sum(rating)::integer, count(*) FILTER (WHERE would_recommend)::integer FROM {s}.survey_answers GROUP BY point",
            null,
            r => new SurveyFigures(Enum.Parse<SurveyPoint>(r.GetString(0)), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)),
            cancellationToken);
        return [.. figures.OrderBy(f => f.Point)];
    }

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync("DELETE FROM {s}.survey_answers WHERE student_id = @student OR partner_id = @student", p => p.AddWithValue("student", studentId), cancellationToken);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync("SELECT count(*) FROM {s}.survey_answers", cancellationToken);

    public string SealedContent => "survey comments";

    /// <summary>
    /// Seals under the current key every comment still plain (saved before migration 4) or sealed under an earlier key
    /// (after a rotation), one answer at a time, each only if unchanged since read; returns how many. Then the earlier
    /// keys can be dropped.
    /// </summary>
    public async Task<int> ResealAsync(CancellationToken cancellationToken)
    {
        var stale = await _database.QueryAsync(
            """
            SELECT student_id, point, partner_id, comment, comment_key_id, comment_nonce, comment_sealed FROM {s}.survey_answers
            WHERE comment IS NOT NULL OR (comment_sealed IS NOT NULL AND comment_key_id <> @current)
            """,
            p => p.AddWithValue("current", _protector.CurrentKeyId),
            r => (Key: Key(r.GetString(0), r.GetString(1), r.GetString(2)), Plain: r.IsDBNull(3) ? null : r.GetString(3),
                Sealed: r.IsDBNull(6) ? null : new SealedText(r.GetString(4), r.GetFieldValue<byte[]>(5), r.GetFieldValue<byte[]>(6))),
            cancellationToken);
        var resealed = 0;
        foreach (var (key, plain, sealedText) in stale)
        {
            var fresh = _protector.Seal(key, plain ?? _protector.Open(key, sealedText!));
            var unchanged = sealedText is null
                ? "comment = @old_comment AND comment_sealed IS NULL"
                : "comment IS NULL AND comment_key_id = @old_key AND comment_nonce = @old_nonce";
            resealed += await _database.ExecuteAsync(
                $$"""
                UPDATE {s}.survey_answers SET comment = NULL, comment_key_id = @key, comment_nonce = @nonce, comment_sealed = @sealed
                WHERE student_id = @student AND point = @point AND partner_id = @partner AND {{unchanged}}
                """,
                p =>
                {
                    p.AddWithValue("student", key.StudentId);
                    p.AddWithValue("point", key.Point.ToString());
                    p.AddWithValue("partner", key.PartnerId ?? string.Empty);
                    p.AddWithValue("key", fresh.KeyId);
                    p.AddWithValue("nonce", fresh.Nonce);
                    p.AddWithValue("sealed", fresh.Ciphertext);
                    if (sealedText is null)
                    {
                        p.AddWithValue("old_comment", plain!);
                    }
                    else
                    {
                        p.AddWithValue("old_key", sealedText.KeyId);
                        p.AddWithValue("old_nonce", sealedText.Nonce);
                    }
                },
                cancellationToken);
        }

        return resealed;
    }

    private SurveyResponse Read(NpgsqlDataReader reader)
    {
        var key = Key(reader.GetString(0), reader.GetString(1), reader.GetString(2));
        var comment = reader.IsDBNull(10)
            ? (reader.IsDBNull(6) ? null : reader.GetString(6))
            : _protector.Open(key, new SealedText(reader.GetString(8), reader.GetFieldValue<byte[]>(9), reader.GetFieldValue<byte[]>(10)));
        return new SurveyResponse(
            key.StudentId,
            key.Point,
            key.PartnerId,
            Enum.Parse<ParticipantRole>(reader.GetString(3)),
            new SurveyAnswer(reader.GetInt32(4), reader.GetBoolean(5), comment),
            reader.GetFieldValue<DateTime>(7));
    }

    private static SurveyAnswerKey Key(string studentId, string point, string partnerId) =>
        new(studentId, Enum.Parse<SurveyPoint>(point), partnerId is { Length: > 0 } ? partnerId : null);
}
