namespace MentorFlows.Workflows.Stores;

/// <summary>Cohort uploads by upload id (no personal data).</summary>
public interface ICohortUploadStore
{
    Task<CohortUploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces by upload id.</summary>
    Task SaveAsync(CohortUploadRecord upload, CancellationToken cancellationToken);

    Task<IReadOnlyList<CohortUploadRecord>> ListAsync(CancellationToken cancellationToken);
}
