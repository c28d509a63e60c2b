using MentorFlows.Domain.Cohort;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// A participant as the scheme keeps them: the cohort row (personal data), their status, and when they were enrolled,
/// first matched (mentees) and left (UTC). <see cref="StudentId"/> is the key.
/// </summary>
public sealed record ParticipantRecord(
    Participant Person,
    ParticipantStatus Status,
    DateTime EnrolledAtUtc,
    DateTime? LeftAtUtc = null,
    DateTime? FirstMatchedAtUtc = null)
{
    public string StudentId => Person.StudentId;

    public bool IsActive => Status == ParticipantStatus.Active;

    public override string ToString() => $"ParticipantRecord {{ StudentId = {StudentId}, Status = {Status} }}";
}
