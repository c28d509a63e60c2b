using System.Text.Json;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using Npgsql;
using NpgsqlTypes;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="ISentEmailStore"/> on table <c>sent_emails</c>: id, kind and time for good, and the copy (JSON) with the
/// ids of the students it holds (GIN-indexed) until one of them is erased; then both go.
/// </summary>
public sealed class PostgresSentEmailStore : ISentEmailStore
{
    private readonly PostgresSchemeDatabase _database;

    public PostgresSentEmailStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<SentEmail?> GetAsync(string emailId, CancellationToken cancellationToken) =>
        (await _database.QueryAsync("SELECT email_id, kind, sent_at, message FROM {s}.sent_emails WHERE email_id = @id", p => p.AddWithValue("id", emailId), Read, cancellationToken))
            .SingleOrDefault();

    public Task AddAsync(SentEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        return _database.ExecuteAsync(
            """
            INSERT INTO {s}.sent_emails (email_id, kind, sent_at, message, student_ids) VALUES (@id, @kind, @at, @message, @students)
            ON CONFLICT (email_id) DO NOTHING
            """,
            p =>
            {
                p.AddWithValue("id", email.EmailId);
                p.AddWithValue("kind", email.Kind.ToString());
                p.AddWithValue("at", email.SentAtUtc);
                p.Add(new NpgsqlParameter("message", NpgsqlDbType.Json) { Value = email.Message is null ? DBNull.Value : JsonSerializer.Serialize(email.Message, WorkflowJson.Options) });
                p.AddWithValue("students", email.Message?.StudentIds.ToArray() ?? []);
            },
            cancellationToken);
    }

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync(
            "UPDATE {s}.sent_emails SET message = NULL, student_ids = '{}' WHERE message IS NOT NULL AND student_ids @> ARRAY[@id]::text[]",
            p => p.AddWithValue("id", studentId),
            cancellationToken);

    public async Task<IReadOnlyDictionary<EmailKind, int>> CountByKindAsync(CancellationToken cancellationToken) =>
        (await _database.QueryAsync("SELECT kind, count(*)::integer FROM {s}.sent_emails GROUP BY kind", null,
            r => (Kind: Enum.Parse<EmailKind>(r.GetString(0)), Count: r.GetInt32(1)), cancellationToken))
            .ToDictionary(row => row.Kind, row => row.Count);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync("SELECT count(*) FROM {s}.sent_emails WHERE message IS NOT NULL", cancellationToken);

    private static SentEmail Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<EmailKind>(reader.GetString(1)),
        reader.GetFieldValue<DateTime>(2),
        reader.IsDBNull(3) ? null : JsonSerializer.Deserialize<EmailMessage>(reader.GetString(3), WorkflowJson.Options));
}
