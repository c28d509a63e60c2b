using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="ICohortFileStore"/> on table <c>cohort_files</c> (the uploaded bytes, deleted once the upload is applied
/// or rejected). Files are a few hundred kilobytes; <c>bytea</c> suits them.
/// </summary>
public sealed class PostgresCohortFileStore : ICohortFileStore
{
    private readonly PostgresSchemeDatabase _database;

    public PostgresCohortFileStore(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task SaveAsync(string uploadId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadId);
        return _database.ExecuteAsync(
            "INSERT INTO {s}.cohort_files (upload_id, content) VALUES (@id, @content) ON CONFLICT (upload_id) DO NOTHING",
            p =>
            {
                p.AddWithValue("id", uploadId);
                p.AddWithValue("content", content.ToArray());
            },
            cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string uploadId, CancellationToken cancellationToken) =>
        (await _database.QueryAsync("SELECT content FROM {s}.cohort_files WHERE upload_id = @id", p => p.AddWithValue("id", uploadId),
            r => r.GetFieldValue<byte[]>(0), cancellationToken)).SingleOrDefault();

    public Task DeleteAsync(string uploadId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync("DELETE FROM {s}.cohort_files WHERE upload_id = @id", p => p.AddWithValue("id", uploadId), cancellationToken);

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _database.CountAsync("SELECT count(*) FROM {s}.cohort_files", cancellationToken);
}
