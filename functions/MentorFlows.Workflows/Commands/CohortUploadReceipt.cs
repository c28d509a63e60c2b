namespace MentorFlows.Workflows.Commands;

/// <summary>
/// An upload's id (its ingestion instance id: file name + content hash, given even when the upload is refused, so a
/// host can name it) and what became of it.
/// </summary>
public sealed record CohortUploadReceipt(string UploadId, CohortUploadOutcome Outcome)
{
    /// <summary>The same file had been uploaded before: nothing changed.</summary>
    public bool AlreadyReceived => Outcome == CohortUploadOutcome.AlreadyReceived;
}
