using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>What an upload did: enrolment counts and the matching that followed (0s when rejected).</summary>
public sealed record CohortIngestionResult(CohortUploadStatus Status, int Enrolled, int Updated, int SkippedLeavers, int Matched, int Waiting);
