using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Commands;

/// <summary>
/// A concern as reported (DOMAIN.md "Concerns"). <see cref="Text"/> is stored for coordinators only.
/// <see cref="SubmissionId"/> (a form's one-time id, an EVENTS.json label) makes a resubmission the same concern.
/// </summary>
public sealed record ConcernReport(
    string ReporterStudentId,
    string AboutStudentId,
    ConcernCategory Category,
    bool ImmediateRisk,
    string Text,
    string? SubmissionId = null)
{
    public override string ToString() => $"ConcernReport {{ Category = {Category}, ImmediateRisk = {ImmediateRisk} }}";
}
