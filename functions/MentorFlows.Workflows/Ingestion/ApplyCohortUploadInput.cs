namespace MentorFlows.Workflows.Ingestion;

public sealed record ApplyCohortUploadInput(string UploadId, DateTime AtUtc);
