using MentorFlows.Workflows.Email;

namespace MentorFlows.Functions.Hosting;

/// <summary>
/// The mailer while <c>MentorFlows__SendGrid__ApiKey</c> is not set (docs/azure.md, "After the first deploy"): the host
/// still starts (the Event Grid subscription needs it running), and every send fails, so the activity is retried by
/// its policy instead of an email being reported sent. Azure has no outbox file to fall back on.
/// </summary>
public sealed class MailNotConfiguredMailer : IMailer
{
    public Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        throw new InvalidOperationException($"Email {message.Id} ({message.Kind}) cannot be sent: MentorFlows__SendGrid__ApiKey is not set.");
    }
}
