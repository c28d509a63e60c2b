namespace MentorFlows.Workflows.Commands;

/// <summary>An upload's id (its ingestion instance id) and whether the same file had been uploaded before.</summary>
public sealed record CohortUploadReceipt(string UploadId, bool AlreadyReceived);
