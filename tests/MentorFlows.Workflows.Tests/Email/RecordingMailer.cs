using MentorFlows.Workflows.Email;

namespace MentorFlows.Workflows.Tests.Email;

/// <summary>
/// An in-memory <see cref="IMailer"/> that keeps the contract (idempotent by id) and records what it sent, in order.
/// For workflow tests: <see cref="Sent"/> is the outbox.
/// </summary>
internal sealed class RecordingMailer : IMailer
{
    private readonly List<EmailMessage> _sent = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<EmailMessage> Sent => _sent;

    /// <summary>How many sends were refused as repeats.</summary>
    public int Repeats { get; private set; }

    public Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_ids.Add(message.Id))
        {
            Repeats++;
            return Task.FromResult(MailSendOutcome.AlreadySent);
        }

        _sent.Add(message);
        return Task.FromResult(MailSendOutcome.Sent);
    }
}
