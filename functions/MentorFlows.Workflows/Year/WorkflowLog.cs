using MentorFlows.Workflows.Stores;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Workflows.Year;

/// <summary>
/// What orchestrators log, through <c>context.CreateReplaySafeLogger</c> (so once, not on every replay): ids, counts
/// and outcomes only, never personal data.
/// </summary>
public static partial class WorkflowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {UploadId}: {Status}, {Enrolled} enrolled, {Matched} matched, {Waiting} waiting.")]
    public static partial void CohortIngested(ILogger logger, string uploadId, CohortUploadStatus status, int enrolled, int matched, int waiting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in round {Round} sent: {Emails} emails.")]
    public static partial void CheckInRoundSent(ILogger logger, int round, int emails);

    [LoggerMessage(Level = LogLevel.Information, Message = "Concern {Reference} decided: {Outcome}.")]
    public static partial void ConcernDecided(ILogger logger, string reference, Domain.Concerns.ConcernOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Final erasure: {Erased} participants erased, {Held} held by open concerns, {Purged} workflow instances purged.")]
    public static partial void RetentionFinished(ILogger logger, int erased, int held, int purged);
}
