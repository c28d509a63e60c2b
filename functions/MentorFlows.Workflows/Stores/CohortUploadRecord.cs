namespace MentorFlows.Workflows.Stores;

/// <summary>
/// One cohort upload, by <see cref="UploadId"/> (file name and content hash: the same upload twice is one record).
/// Counts only: the rows themselves become participants, and the file is deleted once applied or rejected.
/// <see cref="Problems"/> are the reader's messages (line, column, why), which never quote personal values.
/// </summary>
public sealed record CohortUploadRecord(
    string UploadId,
    string FileName,
    string ContentHash,
    DateTime ReceivedAtUtc,
    CohortUploadStatus Status,
    int Enrolled = 0,
    int Updated = 0,
    int SkippedLeavers = 0,
    IReadOnlyList<string>? Problems = null);
