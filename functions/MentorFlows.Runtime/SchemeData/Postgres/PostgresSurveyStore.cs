using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Stores;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="ISurveyStore"/> on table <c>survey_answers</c>, keyed by (student, point, partner); an answer naming
/// no pair has the partner <c>''</c> (a key column cannot be NULL). The figures are counted in the database, so no
/// answer leaves it to make them.
/// </summary>
public sealed class PostgresSurveyStore : ISurveyStore
{
    private const string Columns = "student_id, point, partner_id, role, rating, would_recommend, comment, answered_at";
    private readonly PostgresSchemeDatabase _database;

    public PostgresSurveyStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return _database.ExecuteAsync(
            $$"""
            INSERT INTO {s}.survey_answers ({{Columns}}) VALUES (@student, @point, @partner, @role, @rating, @recommend, @comment, @at)
            ON CONFLICT (student_id, point, partner_id) DO UPDATE SET role = EXCLUDED.role, rating = EXCLUDED.rating,
                would_recommend = EXCLUDED.would_recommend, comment = EXCLUDED.comment, answered_at = EXCLUDED.answered_at
            """,
            p =>
            {
                p.AddWithValue("student", response.StudentId);
                p.AddWithValue("point", response.Point.ToString());
                p.AddWithValue("partner", response.PartnerId ?? string.Empty);
                p.AddWithValue("role", response.Role.ToString());
                p.AddWithValue("rating", response.Answer.Rating);
                p.AddWithValue("recommend", response.Answer.WouldRecommend);
                p.AddWithValue("comment", (object?)response.Answer.Comment ?? DBNull.Value);
                p.AddWithValue("at", response.AnsweredAtUtc);
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
        var answers = await _database.QueryAsync($"SELECT {Columns} FROM {{s}}.survey_answers WHERE comment IS NOT NULL", null, Read, cancellationToken);
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

    private static SurveyResponse Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<SurveyPoint>(reader.GetString(1)),
        reader.GetString(2) is { Length: > 0 } partner ? partner : null,
        Enum.Parse<ParticipantRole>(reader.GetString(3)),
        new SurveyAnswer(reader.GetInt32(4), reader.GetBoolean(5), reader.IsDBNull(6) ? null : reader.GetString(6)),
        reader.GetFieldValue<DateTime>(7));
}
