namespace MentorFlows.Workflows.Email;

/// <summary>
/// Sends scheme email (adapters: the outbox file of the local host, SendGrid). The contract every adapter keeps:
/// <list type="bullet">
/// <item>Idempotent by <see cref="EmailMessage.Id"/>: a message whose id was sent before is not sent again and
/// <see cref="MailSendOutcome.AlreadySent"/> is returned, across retries and process restarts (the record of sent ids
/// is durable). Activities run at least once; this is what makes "never an email twice" true.</item>
/// <item>Sends now. Deferral to <see cref="EmailMessage.NotBeforeUtc"/> is the caller's (an orchestrator timer), so
/// an opt-out can still cancel it; an adapter may refuse a message whose NotBeforeUtc is still ahead of its clock.</item>
/// <item>Decides nothing: it does not check opt-outs, paused matches or the contact window.</item>
/// <item>A failure throws (the activity is retried); it never logs addresses or bodies, only the id and kind.</item>
/// </list>
/// </summary>
public interface IMailer
{
    Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
