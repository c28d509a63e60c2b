using MentorFlows.Workflows.Email;

namespace MentorFlows.Benchmarks.Workflows;

/// <summary>A mailer that keeps the contract (idempotent by id) and only counts: the benchmark measures the workflows, not an outbox.</summary>
internal sealed class CountingMailer : IMailer
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int Sent
    {
        get
        {
            lock (_gate)
            {
                return _ids.Count;
            }
        }
    }

    public Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_ids.Add(message.Id) ? MailSendOutcome.Sent : MailSendOutcome.AlreadySent);
        }
    }
}
