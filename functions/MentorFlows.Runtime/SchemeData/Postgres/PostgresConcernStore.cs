using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="IConcernStore"/> on tables <c>concerns</c> and <c>concern_sequences</c>. The text rests sealed
/// (<see cref="TextProtector"/>: AES-256-GCM, a random nonce per row, the key id beside it) and is opened only
/// by <see cref="ReadTextAsync"/>; the other reads never select it. Erasing a person nulls their id, the sealed text
/// and the submission id.
/// </summary>
public sealed class PostgresConcernStore : IConcernStore, ISealedTextStore
{
    private const string Columns = "reference, reporter_id, about_id, category, immediate_risk, text_sealed IS NOT NULL, raised_at, submission_id, status, outcome, decided_at";
    private readonly PostgresSchemeDatabase _database;
    private readonly TextProtector _protector;

    public PostgresConcernStore(PostgresSchemeDatabase database, TextProtector protector)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        _database = database;
        _protector = protector;
    }

    /// <summary>
    /// One transaction: an existing submission is returned as it is; otherwise the year's sequence row is bumped (and
    /// locked, so references are handed out one at a time) and the concern inserted. Two reports of one submission at
    /// once: the later one's insert finds the earlier, rolls back its sequence number, and returns the earlier concern.
    /// </summary>
    public async Task<ConcernRecord> AddAsync(NewConcern concern, int schemeYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            if (concern.SubmissionId is { } submission && await FindSubmissionAsync(connection, transaction, submission, cancellationToken) is { } existing)
            {
                await transaction.CommitAsync(cancellationToken);
                return existing;
            }

            int sequence;
            await using (var next = _database.Command(connection,
                """
                INSERT INTO {s}.concern_sequences (scheme_year, last_sequence) VALUES (@year, 1)
                ON CONFLICT (scheme_year) DO UPDATE SET last_sequence = concern_sequences.last_sequence + 1
                RETURNING last_sequence
                """, transaction))
            {
                next.Parameters.AddWithValue("year", schemeYear);
                sequence = (int)(await next.ExecuteScalarAsync(cancellationToken))!;
            }

            var record = new ConcernRecord(ConcernReference.Create(schemeYear, sequence), concern.ReporterId, concern.AboutId, concern.Category,
                concern.ImmediateRisk, HasText: true, concern.RaisedAtUtc, concern.SubmissionId);
            if (await InsertAsync(connection, transaction, record, _protector.Seal(record.Reference, concern.Text), cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return record;
            }

            await transaction.RollbackAsync(cancellationToken);
        }

        return await FindSubmissionAsync(connection, null, concern.SubmissionId!, cancellationToken)
            ?? throw new InvalidOperationException("A concern submission was reported twice at once and the first report cannot be found.");
    }

    public async Task<ConcernRecord?> GetAsync(ConcernReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return (await SelectAsync("reference = @id", reference.Value, cancellationToken)).SingleOrDefault();
    }

    public Task UpdateAsync(ConcernRecord concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return _database.ExecuteAsync(
            "UPDATE {s}.concerns SET status = @status, outcome = @outcome, decided_at = @decided WHERE reference = @reference",
            p =>
            {
                p.AddWithValue("reference", concern.Reference.Value);
                p.AddWithValue("status", concern.Status.ToString());
                p.AddWithValue("outcome", concern.Outcome is { } outcome ? outcome.ToString() : DBNull.Value);
                p.AddWithValue("decided", (object?)concern.DecidedAtUtc ?? DBNull.Value);
            },
            cancellationToken);
    }

    /// <summary>The only read that selects the sealed text, and the only place it is opened.</summary>
    public async Task<string?> ReadTextAsync(ConcernReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var sealedText = (await _database.QueryAsync(
            "SELECT text_key_id, text_nonce, text_sealed FROM {s}.concerns WHERE reference = @id AND text_sealed IS NOT NULL",
            p => p.AddWithValue("id", reference.Value),
            r => new SealedText(r.GetString(0), r.GetFieldValue<byte[]>(1), r.GetFieldValue<byte[]>(2)),
            cancellationToken)).SingleOrDefault();
        return sealedText is null ? null : _protector.Open(reference, sealedText);
    }

    public Task<IReadOnlyList<ConcernRecord>> ListOpenForStudentAsync(string studentId, CancellationToken cancellationToken) =>
        SelectAsync("status = 'Open' AND (reporter_id = @id OR about_id = @id)", studentId, cancellationToken);

    public Task<IReadOnlyList<ConcernRecord>> ListAsync(CancellationToken cancellationToken) =>
        SelectAsync("true", null, cancellationToken);

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync(
            """
            UPDATE {s}.concerns SET
                reporter_id = CASE WHEN reporter_id = @id THEN NULL ELSE reporter_id END,
                about_id = CASE WHEN about_id = @id THEN NULL ELSE about_id END,
                text_key_id = NULL, text_nonce = NULL, text_sealed = NULL, submission_id = NULL
            WHERE reporter_id = @id OR about_id = @id
            """,
            p => p.AddWithValue("id", studentId),
            cancellationToken);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync(
            "SELECT count(*) FROM {s}.concerns WHERE reporter_id IS NOT NULL OR about_id IS NOT NULL OR text_sealed IS NOT NULL OR submission_id IS NOT NULL",
            cancellationToken);

    public string SealedContent => "concern accounts";

    /// <summary>
    /// Re-seals under the current key every text sealed under an earlier one (after a key rotation), one row at a
    /// time, each only if unchanged since read; returns how many. Then the earlier keys can be dropped.
    /// </summary>
    public async Task<int> ResealAsync(CancellationToken cancellationToken)
    {
        var stale = await _database.QueryAsync(
            "SELECT reference, text_key_id, text_nonce, text_sealed FROM {s}.concerns WHERE text_sealed IS NOT NULL AND text_key_id <> @current",
            p => p.AddWithValue("current", _protector.CurrentKeyId),
            r => (Reference: r.GetString(0), Sealed: new SealedText(r.GetString(1), r.GetFieldValue<byte[]>(2), r.GetFieldValue<byte[]>(3))),
            cancellationToken);
        var resealed = 0;
        foreach (var (referenceText, sealedText) in stale)
        {
            var reference = Reference(referenceText);
            var fresh = _protector.Seal(reference, _protector.Open(reference, sealedText));
            resealed += await _database.ExecuteAsync(
                """
                UPDATE {s}.concerns SET text_key_id = @key, text_nonce = @nonce, text_sealed = @sealed
                WHERE reference = @reference AND text_key_id = @old_key AND text_nonce = @old_nonce
                """,
                p =>
                {
                    p.AddWithValue("reference", referenceText);
                    p.AddWithValue("key", fresh.KeyId);
                    p.AddWithValue("nonce", fresh.Nonce);
                    p.AddWithValue("sealed", fresh.Ciphertext);
                    p.AddWithValue("old_key", sealedText.KeyId);
                    p.AddWithValue("old_nonce", sealedText.Nonce);
                },
                cancellationToken);
        }

        return resealed;
    }

    private async Task<bool> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ConcernRecord record, SealedText text, CancellationToken cancellationToken)
    {
        await using var insert = _database.Command(connection,
            """
            INSERT INTO {s}.concerns (reference, reporter_id, about_id, category, immediate_risk, text_key_id, text_nonce, text_sealed, raised_at, submission_id, status)
            VALUES (@reference, @reporter, @about, @category, @risk, @key, @nonce, @sealed, @raised, @submission, @status)
            ON CONFLICT (submission_id) WHERE submission_id IS NOT NULL DO NOTHING
            """, transaction);
        insert.Parameters.AddWithValue("reference", record.Reference.Value);
        insert.Parameters.AddWithValue("reporter", (object?)record.ReporterId ?? DBNull.Value);
        insert.Parameters.AddWithValue("about", (object?)record.AboutId ?? DBNull.Value);
        insert.Parameters.AddWithValue("category", record.Category.ToString());
        insert.Parameters.AddWithValue("risk", record.ImmediateRisk);
        insert.Parameters.AddWithValue("key", text.KeyId);
        insert.Parameters.AddWithValue("nonce", text.Nonce);
        insert.Parameters.AddWithValue("sealed", text.Ciphertext);
        insert.Parameters.AddWithValue("raised", record.RaisedAtUtc);
        insert.Parameters.AddWithValue("submission", (object?)record.SubmissionId ?? DBNull.Value);
        insert.Parameters.AddWithValue("status", record.Status.ToString());
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<ConcernRecord?> FindSubmissionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string submission, CancellationToken cancellationToken)
    {
        await using var find = _database.Command(connection, $"SELECT {Columns} FROM {{s}}.concerns WHERE submission_id = @submission", transaction);
        find.Parameters.AddWithValue("submission", submission);
        return (await Database.PostgresCommands.ReadAllAsync(find, Read, cancellationToken)).SingleOrDefault();
    }

    private async Task<IReadOnlyList<ConcernRecord>> SelectAsync(string where, string? id, CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {Columns} FROM {{s}}.concerns WHERE {where} ORDER BY reference", id is null ? null : p => p.AddWithValue("id", id), Read, cancellationToken);

    private static ConcernRecord Read(NpgsqlDataReader reader) => new(
        Reference(reader.GetString(0)),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        Enum.Parse<ConcernCategory>(reader.GetString(3)),
        reader.GetBoolean(4),
        reader.GetBoolean(5),
        reader.GetFieldValue<DateTime>(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        Enum.Parse<ConcernStatus>(reader.GetString(8)),
        reader.IsDBNull(9) ? null : Enum.Parse<ConcernOutcome>(reader.GetString(9)),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTime>(10));

    private static ConcernReference Reference(string value) => ConcernReference.TryParse(value, out var reference)
        ? reference!
        : throw new InvalidOperationException($"The concerns table holds a malformed reference '{value}'.");
}
