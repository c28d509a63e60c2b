using MentorFlows.Workflows.Stores;

namespace MentorFlows.Api.Cohorts;

/// <summary>A cohort upload and what its ingestion did (counts only; problems name lines and columns).</summary>
public sealed record CohortUploadView(
    string UploadId,
    string FileName,
    DateTime ReceivedAtUtc,
    CohortUploadStatus Status,
    int Enrolled,
    int Updated,
    int SkippedLeavers,
    IReadOnlyList<string> Problems)
{
    public static CohortUploadView From(CohortUploadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CohortUploadView(record.UploadId, record.FileName, record.ReceivedAtUtc, record.Status, record.Enrolled, record.Updated, record.SkippedLeavers, record.Problems ?? []);
    }
}
