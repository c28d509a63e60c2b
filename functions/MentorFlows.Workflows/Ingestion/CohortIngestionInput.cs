namespace MentorFlows.Workflows.Ingestion;

public sealed record CohortIngestionInput(string UploadId);
