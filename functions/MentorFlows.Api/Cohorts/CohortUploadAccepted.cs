namespace MentorFlows.Api.Cohorts;

/// <summary>
/// The answer to a cohort upload that will be ingested: its id (follow <c>Location</c> for the ingestion's result),
/// whether the same file came before, and what the check found. With the scheme's <c>acceptValidRows</c>,
/// <see cref="Errors"/> lists the rows left out. Problems read <c>line N, column C: why</c>.
/// </summary>
public sealed record CohortUploadAccepted(
    string UploadId,
    bool AlreadyReceived,
    int Rows,
    int Mentees,
    int Mentors,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings);
