namespace MentorFlows.Workflows.Stores;

/// <summary>What became of an uploaded cohort file.</summary>
public enum CohortUploadStatus
{
    /// <summary>Stored, ingestion started.</summary>
    Received,

    /// <summary>Its valid rows are enrolled and matched.</summary>
    Applied,

    /// <summary>It had errors (and the scheme does not accept valid rows alone), or could not be read: nothing changed.</summary>
    Rejected,
}
