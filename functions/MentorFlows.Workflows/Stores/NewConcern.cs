using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Stores;

/// <summary>A concern as reported, before it has a reference.</summary>
public sealed record NewConcern(
    string ReporterId,
    string AboutId,
    ConcernCategory Category,
    bool ImmediateRisk,
    string Text,
    DateTime RaisedAtUtc,
    string? SubmissionId = null)
{
    public override string ToString() => $"NewConcern {{ Category = {Category} }}";
}
