using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// A reported concern. <see cref="Text"/> is for coordinators only: never logged, emailed, put in a timeline or a
/// workflow history (workflows carry the <see cref="Reference"/>). Erasing either person in it erases the text and
/// that person's id (null); what is left (reference, category, outcome, dates) is anonymous.
/// <see cref="SubmissionId"/> makes a repeated report (a resubmitted form, a re-injected event) the same concern.
/// </summary>
public sealed record ConcernRecord(
    ConcernReference Reference,
    string? ReporterId,
    string? AboutId,
    ConcernCategory Category,
    bool ImmediateRisk,
    string? Text,
    DateTime RaisedAtUtc,
    string? SubmissionId = null,
    ConcernStatus Status = ConcernStatus.Open,
    ConcernOutcome? Outcome = null,
    DateTime? DecidedAtUtc = null)
{
    public bool HoldsPersonalData => ReporterId is not null || AboutId is not null || Text is not null;

    public bool Involves(string studentId) =>
        string.Equals(ReporterId, studentId, StringComparison.Ordinal) || string.Equals(AboutId, studentId, StringComparison.Ordinal);

    public override string ToString() => $"ConcernRecord {{ Reference = {Reference.Value}, Status = {Status} }}";
}
