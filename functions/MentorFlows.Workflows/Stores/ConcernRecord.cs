using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// A reported concern, as the store returns it: without its text. The text is for coordinators only, read with
/// <see cref="IConcernStore.ReadTextAsync"/> (the one read that decrypts it where it is encrypted at rest); it is never
/// logged, emailed, put in a timeline or a workflow history (workflows carry the <see cref="Reference"/>).
/// <see cref="HasText"/> says whether the store still holds it. Erasing either person in it erases the text and that
/// person's id (null); what is left (reference, category, outcome, dates) is anonymous.
/// <see cref="SubmissionId"/> makes a repeated report (a resubmitted form, a re-injected event) the same concern.
/// </summary>
public sealed record ConcernRecord(
    ConcernReference Reference,
    string? ReporterId,
    string? AboutId,
    ConcernCategory Category,
    bool ImmediateRisk,
    bool HasText,
    DateTime RaisedAtUtc,
    string? SubmissionId = null,
    ConcernStatus Status = ConcernStatus.Open,
    ConcernOutcome? Outcome = null,
    DateTime? DecidedAtUtc = null)
{
    public bool HoldsPersonalData => ReporterId is not null || AboutId is not null || HasText;

    public bool Involves(string studentId) =>
        string.Equals(ReporterId, studentId, StringComparison.Ordinal) || string.Equals(AboutId, studentId, StringComparison.Ordinal);

    public override string ToString() => $"ConcernRecord {{ Reference = {Reference.Value}, Status = {Status} }}";
}
