using Microsoft.Extensions.Logging;

namespace MentorFlows.SendGrid;

/// <summary>What the mailer logs: email ids, kinds, attempts and SendGrid message ids. Nothing personal.</summary>
public sealed partial class SendGridMailer
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} ({Kind}) sent through SendGrid as {MessageId} after {Attempts} HTTP attempt(s)")]
    private partial void LogSent(string emailId, string kind, string? messageId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} ({Kind}) was sent before; not sending it again")]
    private partial void LogAlreadySent(string emailId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {EmailId} ({Kind}): an earlier send ended without knowing whether SendGrid took it; sending again (claim {Attempt}). A duplicate shows in SendGrid as two messages with this custom_args id")]
    private partial void LogPossibleDuplicate(string emailId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {EmailId} was accepted by SendGrid as {MessageId} but could not be recorded as sent; a retry after the claim expires will send it again")]
    private partial void LogNotRecorded(Exception exception, string emailId, string? messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {EmailId}: claim {Attempt} could not be released after a failed send; it expires by itself")]
    private partial void LogReleaseFailed(Exception exception, string emailId, int attempt);
}
