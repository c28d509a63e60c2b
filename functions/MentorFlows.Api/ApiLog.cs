using MentorFlows.Workflows.Links;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api;

/// <summary>
/// Everything the HTTP API logs: routes (their patterns, never the path with its values), statuses, reasons and ids
/// that carry nothing personal (upload ids, concern references). Never names, emails, tokens, nor concern text.
/// </summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs} ms")]
    public static partial void Request(ILogger logger, string method, string route, int status, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Participant link refused on {Route} (purpose {Purpose}): {Reason}")]
    public static partial void LinkRefused(ILogger logger, string route, LinkPurpose purpose, LinkVerificationFailure reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Coordinator key refused on {Route} (header present: {HeaderPresent}, session cookie present: {CookiePresent})")]
    public static partial void CoordinatorKeyRefused(ILogger logger, string route, bool headerPresent, bool cookiePresent);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Cohort upload {UploadId} accepted (already received: {AlreadyReceived})")]
    public static partial void CohortUploaded(ILogger logger, string uploadId, bool alreadyReceived);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Cohort upload refused: {Errors} row problem(s)")]
    public static partial void CohortRefused(ILogger logger, int errors);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Cohort upload {UploadId} refused: received on or after the scheme's closure")]
    public static partial void CohortAfterClosure(ILogger logger, string uploadId);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Concern {Reference} reported ({Outcome})")]
    public static partial void ConcernReported(ILogger logger, string reference, Workflows.Commands.CommandOutcome outcome);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Concern {Reference} decided: {Decision} ({Outcome})")]
    public static partial void ConcernDecided(ILogger logger, string reference, Domain.Concerns.ConcernOutcome decision, Workflows.Commands.CommandOutcome outcome);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Cross-site {Method} refused on {Route}: the session cookie came without a same-site Origin or Referer")]
    public static partial void CrossSiteRefused(ILogger logger, string method, string route);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information, Message = "Coordinator sign-in: {Outcome}")]
    public static partial void CoordinatorSignIn(ILogger logger, string outcome);
}
