namespace MentorFlows.Workflows.Stores;

/// <summary>
/// The content of uploaded cohort files, by upload id (a blob on Azure, a file or memory locally). A cohort file is
/// everyone's personal data: it is kept only until its ingestion has applied or rejected it.
/// </summary>
public interface ICohortFileStore
{
    /// <summary>Stores the content; storing the same upload id again keeps the first.</summary>
    Task SaveAsync(string uploadId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The content, or null when none is held (never stored, or deleted after ingestion).</summary>
    Task<byte[]?> ReadAsync(string uploadId, CancellationToken cancellationToken);

    Task DeleteAsync(string uploadId, CancellationToken cancellationToken);

    /// <summary>Files held.</summary>
    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
