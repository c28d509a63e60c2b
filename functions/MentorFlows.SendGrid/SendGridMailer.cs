using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.Workflows.Email;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlows.SendGrid;

/// <summary>
/// <see cref="IMailer"/> over SendGrid, idempotent by <see cref="EmailMessage.Id"/> through an
/// <see cref="ISentMailLedger"/>: claim the id, send, record the send, and only then report
/// <see cref="MailSendOutcome.Sent"/>. An id recorded before gives <see cref="MailSendOutcome.AlreadySent"/> and no
/// HTTP request; an id another worker is sending right now is refused (the activity retries later).
/// <para>
/// The at-least-once window: if the process dies after SendGrid's 202 and before the ledger write, or the request
/// timed out after SendGrid took it, nothing can tell whether the email went. The claim then expires
/// (<see cref="SendGridOptions.ClaimLease"/>) or is released as <see cref="SendAttemptEnd.Unknown"/>, and the next send
/// goes out with a warning naming the id. Sending again was chosen over dropping: a lost safeguarding alert or
/// introduction is worse than a repeated one. Every request carries the id in custom_args
/// (<see cref="Api.SendGridCustomArgs.EmailId"/>), so SendGrid's activity feed and event webhook show a duplicate as two
/// sg_message_ids with one MentorFlows email id.
/// </para>
/// Logs name email ids and kinds only; never addresses, bodies or the key.
/// </summary>
public sealed partial class SendGridMailer : IMailer
{
    /// <summary>How far ahead of the clock <see cref="EmailMessage.NotBeforeUtc"/> may be (clock skew between the orchestrator and this worker).</summary>
    public static readonly TimeSpan NotBeforeTolerance = TimeSpan.FromMinutes(5);

    private readonly SendGridMailClient _client;
    private readonly ISentMailLedger _ledger;
    private readonly IOptions<SendGridOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SendGridMailer> _logger;

    public SendGridMailer(SendGridMailClient client, ISentMailLedger ledger, IOptions<SendGridOptions> options, TimeProvider timeProvider, ILogger<SendGridMailer> logger)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>
    /// Sends <paramref name="message"/> once. Throws <see cref="SendGridRequestInvalidException"/> (SendGrid would refuse
    /// it), <see cref="SendGridRejectedException"/>, <see cref="SendGridUnavailableException"/>, or
    /// <see cref="InvalidOperationException"/> (not yet due, or being sent by another worker).
    /// </summary>
    public async Task<MailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = _options.Value;
        var now = _time.GetUtcNow().UtcDateTime;
        EnsureDue(message, now);

        // Refused messages fail before they are claimed: nothing to release, nothing recorded.
        var request = SendGridRequestMapper.Map(message, options.SandboxMode);
        var claim = await _ledger.ClaimAsync(message.Id, now, options.ClaimLease, cancellationToken).ConfigureAwait(false);
        switch (claim.Status)
        {
            case SendClaimStatus.AlreadySent:
                LogAlreadySent(message.Id, message.Kind.WireName());
                return MailSendOutcome.AlreadySent;
            case SendClaimStatus.HeldByAnotherSend:
                throw HeldElsewhere(message.Id, claim);
        }

        if (claim.AfterUnconfirmedAttempt)
        {
            LogPossibleDuplicate(message.Id, message.Kind.WireName(), claim.Attempt);
        }

        SendGridAccepted accepted;
        try
        {
            accepted = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await ReleaseAsync(message.Id, claim.Attempt, EndOf(exception)).ConfigureAwait(false);
            throw;
        }

        await RecordAsync(message.Id, accepted).ConfigureAwait(false);
        LogSent(message.Id, message.Kind.WireName(), accepted.MessageId, accepted.Attempts);
        return MailSendOutcome.Sent;
    }

    private void EnsureDue(EmailMessage message, DateTime nowUtc)
    {
        if (message.NotBeforeUtc > nowUtc + NotBeforeTolerance)
        {
            throw new InvalidOperationException(
                $"Email {message.Id} ({message.Kind.WireName()}) is not due until {message.NotBeforeUtc:O} and it is {nowUtc:O}: the caller defers it (a durable timer), not the mailer.");
        }
    }

    private static InvalidOperationException HeldElsewhere(string emailId, SendClaim claim) =>
        new($"Email {emailId} is being sent by another attempt, whose claim holds until {claim.HeldUntilUtc:O}; try again after that.");

    /// <summary>
    /// Records the send after SendGrid took it. Not cancellable: the email has gone, and the record is what stops it
    /// going again. If the write fails, the claim stays until its lease runs out and the next send repeats the email
    /// (logged here with SendGrid's message id, so the duplicate can be traced).
    /// </summary>
    private async Task RecordAsync(string emailId, SendGridAccepted accepted)
    {
        try
        {
            var receipt = new SentMailReceipt(emailId, accepted.MessageId, _time.GetUtcNow().UtcDateTime);
            await _ledger.RecordSentAsync(receipt, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogNotRecorded(exception, emailId, accepted.MessageId);
            throw;
        }
    }

    /// <summary>Ends a claim after a failed send; a failure to release is logged and does not hide the send's own error.</summary>
    private async Task ReleaseAsync(string emailId, int attempt, SendAttemptEnd end)
    {
        try
        {
            await _ledger.ReleaseAsync(emailId, attempt, end, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The send's own exception is the one to surface; an unreleased claim expires by itself.
            LogReleaseFailed(exception, emailId, attempt);
        }
    }

    /// <summary>Whether SendGrid may have taken the email, judged from how the send failed.</summary>
    private static SendAttemptEnd EndOf(Exception exception) => exception switch
    {
        SendGridRejectedException or SendGridRequestInvalidException => SendAttemptEnd.NotDelivered,
        SendGridUnavailableException unavailable => unavailable.MayHaveBeenAccepted ? SendAttemptEnd.Unknown : SendAttemptEnd.NotDelivered,
        _ => SendAttemptEnd.Unknown,
    };
}
