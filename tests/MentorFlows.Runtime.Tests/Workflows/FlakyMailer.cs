using MentorFlows.Workflows.Email;

namespace MentorFlows.Runtime.Tests.Workflows;

/// <summary>
/// A mailer that keeps the contract (idempotent by id) but fails the first call after handing the message over, as a
/// crash between sending and recording would look to the activity.
/// </summary>
internal sealed class FlakyMailer : IMailer
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private bool _failed;

    public List<EmailMessage> Delivered { get; } = [];

    public Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!_ids.Add(message.Id))
        {
            return Task.FromResult(MailSendOutcome.AlreadySent);
        }

        Delivered.Add(message);
        if (!_failed)
        {
            _failed = true;
            throw new IOException("The connection dropped after the message was accepted.");
        }

        return Task.FromResult(MailSendOutcome.Sent);
    }
}
