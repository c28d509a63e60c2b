using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>What an upload changed: counts only (the problems stay in the upload record, for the coordinator).</summary>
public sealed record ApplyCohortUploadResult(CohortUploadStatus Status, int Enrolled, int Updated, int SkippedLeavers, int Problems);
