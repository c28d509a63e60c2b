using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Sending;

/// <summary>
/// The one way activities send email: at most once per <see cref="EmailMessage.Id"/>, with a copy kept and a
/// timeline entry. The sent-email store is checked first, then the mailer (itself idempotent by id) sends, then the
/// copy is stored: an activity retried after a crash anywhere in between sends nothing twice.
/// </summary>
public sealed class EmailDispatcher
{
    private readonly IMailer _mailer;
    private readonly ISentEmailStore _sent;
    private readonly SchemeTimeline _timeline;

    public EmailDispatcher(IMailer mailer, ISentEmailStore sent, SchemeTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(mailer);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(timeline);
        _mailer = mailer;
        _sent = sent;
        _timeline = timeline;
    }

    /// <summary>Sends <paramref name="message"/> at <paramref name="nowUtc"/> unless it was sent before.</summary>
    public async Task<MailSendOutcome> SendAsync(EmailMessage message, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await _sent.GetAsync(message.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return MailSendOutcome.AlreadySent;
        }

        if (message.NotBeforeUtc > UtcInstants.AsUtc(nowUtc))
        {
            throw new InvalidOperationException($"Email {message.Id} may not go before {message.NotBeforeUtc:O}; the workflow must wait for it.");
        }

        var outcome = await _mailer.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await _sent.AddAsync(new SentEmail(message.Id, message.Kind, UtcInstants.AsUtc(nowUtc), message), cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.EmailSent, message.Id, nowUtc, cancellationToken, discriminator: "sent",
            details: new Dictionary<string, string> { ["kind"] = message.Kind.WireName(), ["students"] = string.Join(' ', message.StudentIds) }).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Records that <paramref name="message"/> was due but is not sent, and why.</summary>
    public Task SkipAsync(EmailMessage message, SkipReason reason, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _timeline.RecordAsync(TimelineEventKind.EmailSkipped, message.Id, nowUtc, cancellationToken, discriminator: "skipped",
            details: new Dictionary<string, string> { ["kind"] = message.Kind.WireName(), ["reason"] = reason.ToString() });
    }

    /// <summary>Records that an email of <paramref name="kind"/> about <paramref name="subject"/> (an id) was due but could not even be written.</summary>
    public Task SkipAsync(EmailKind kind, string subject, SkipReason reason, DateTime nowUtc, CancellationToken cancellationToken) =>
        _timeline.RecordAsync(TimelineEventKind.EmailSkipped, subject, nowUtc, cancellationToken, discriminator: kind.WireName(),
            details: new Dictionary<string, string> { ["kind"] = kind.WireName(), ["reason"] = reason.ToString() });

    /// <summary>Sends when <paramref name="skip"/> is null, otherwise records the skip. True when it was sent (now or before).</summary>
    public async Task<bool> SendUnlessAsync(SkipReason? skip, EmailMessage message, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (skip is { } reason)
        {
            await SkipAsync(message, reason, nowUtc, cancellationToken).ConfigureAwait(false);
            return false;
        }

        await SendAsync(message, nowUtc, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
