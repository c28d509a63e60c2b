using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Commands;

namespace MentorFlows.Api.Concerns;

/// <summary>The reference a reported concern got, and whether it was new (<c>accepted</c>) or a resubmission (<c>alreadyDone</c>).</summary>
public sealed record ConcernReportResponse(ConcernReference Reference, CommandOutcome Outcome);
