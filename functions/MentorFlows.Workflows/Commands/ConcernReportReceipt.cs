using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Commands;

/// <summary>The reference a report got (null unless accepted or already done) and what the command did.</summary>
public sealed record ConcernReportReceipt(CommandOutcome Outcome, ConcernReference? Reference);
