namespace MentorFlows.Workflows.Commands;

/// <summary>What <see cref="SchemeCommands.UploadCohortAsync"/> did with a cohort file.</summary>
public enum CohortUploadOutcome
{
    /// <summary>Stored, and its ingestion started.</summary>
    Accepted,

    /// <summary>The same file (name and content) was uploaded before: nothing more happens.</summary>
    AlreadyReceived,

    /// <summary>
    /// Received on or after the scheme's closure (<see cref="Domain.Scheme.SchemeCalendar.AcceptsCohortUploadAt"/>):
    /// nothing stored, no ingestion started. It belongs to next year's scheme file.
    /// </summary>
    SchemeClosed,
}
