using MentorFlows.Workflows.Stores;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary><see cref="ICohortUploadStore"/> on table <c>cohort_uploads</c> (counts and problem messages, nothing personal).</summary>
public sealed class PostgresCohortUploadStore : ICohortUploadStore
{
    private const string Columns = "upload_id, file_name, content_hash, received_at, status, enrolled, updated, skipped_leavers, problems";
    private readonly PostgresSchemeDatabase _database;

    public PostgresCohortUploadStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<CohortUploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken) =>
        (await _database.QueryAsync($"SELECT {Columns} FROM {{s}}.cohort_uploads WHERE upload_id = @id", p => p.AddWithValue("id", uploadId), Read, cancellationToken))
            .SingleOrDefault();

    public Task SaveAsync(CohortUploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return _database.ExecuteAsync(
            $$"""
            INSERT INTO {s}.cohort_uploads ({{Columns}}) VALUES (@id, @file, @hash, @received, @status, @enrolled, @updated, @skipped, @problems)
            ON CONFLICT (upload_id) DO UPDATE SET file_name = EXCLUDED.file_name, content_hash = EXCLUDED.content_hash,
                received_at = EXCLUDED.received_at, status = EXCLUDED.status, enrolled = EXCLUDED.enrolled, updated = EXCLUDED.updated,
                skipped_leavers = EXCLUDED.skipped_leavers, problems = EXCLUDED.problems
            """,
            p =>
            {
                p.AddWithValue("id", upload.UploadId);
                p.AddWithValue("file", upload.FileName);
                p.AddWithValue("hash", upload.ContentHash);
                p.AddWithValue("received", upload.ReceivedAtUtc);
                p.AddWithValue("status", upload.Status.ToString());
                p.AddWithValue("enrolled", upload.Enrolled);
                p.AddWithValue("updated", upload.Updated);
                p.AddWithValue("skipped", upload.SkippedLeavers);
                p.Add(new NpgsqlParameter<string[]?>("problems", upload.Problems?.ToArray()) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<CohortUploadRecord>> ListAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {Columns} FROM {{s}}.cohort_uploads ORDER BY upload_id", null, Read, cancellationToken);

    private static CohortUploadRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateTime>(3),
        Enum.Parse<CohortUploadStatus>(reader.GetString(4)),
        reader.GetInt32(5),
        reader.GetInt32(6),
        reader.GetInt32(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<string[]>(8));
}
