using MentorFlows.Workflows.Email;

namespace MentorFlows.Runtime.Tests.Simulation;

/// <summary>A mailer that keeps the contract (idempotent by id) and records what it sent, in order.</summary>
internal sealed class OutboxMailer : IMailer
{
    private readonly Lock _gate = new();
    private readonly List<EmailMessage> _sent = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<EmailMessage> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_ids.Add(message.Id))
            {
                return Task.FromResult(MailSendOutcome.AlreadySent);
            }

            _sent.Add(message);
            return Task.FromResult(MailSendOutcome.Sent);
        }
    }
}
