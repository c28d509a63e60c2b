using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Api.Concerns;

/// <summary>A concern in the coordinator's list: everything but its text. Ids are null once that person's data is erased.</summary>
public sealed record ConcernSummary(
    ConcernReference Reference,
    ConcernCategory Category,
    bool ImmediateRisk,
    DateTime RaisedAtUtc,
    ConcernStatus Status,
    ConcernOutcome? Outcome,
    DateTime? DecidedAtUtc,
    string? ReporterId,
    string? AboutId)
{
    public static ConcernSummary From(ConcernRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ConcernSummary(record.Reference, record.Category, record.ImmediateRisk, record.RaisedAtUtc, record.Status, record.Outcome, record.DecidedAtUtc, record.ReporterId, record.AboutId);
    }
}
