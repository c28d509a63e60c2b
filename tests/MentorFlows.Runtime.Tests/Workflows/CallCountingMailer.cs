using MentorFlows.Workflows.Email;

namespace MentorFlows.Runtime.Tests.Workflows;

/// <summary>A mailer that keeps the contract (idempotent by id), delivers each id once, and counts every call.</summary>
internal sealed class CallCountingMailer : IMailer
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<EmailMessage> _sent = [];

    public int Calls { get; private set; }

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
            Calls++;
            if (!_ids.Add(message.Id))
            {
                return Task.FromResult(MailSendOutcome.AlreadySent);
            }

            _sent.Add(message);
            return Task.FromResult(MailSendOutcome.Sent);
        }
    }
}
