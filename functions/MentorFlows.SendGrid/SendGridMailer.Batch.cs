using MentorFlows.SendGrid.Client;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.SendGrid.Mapping;
using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid;

public sealed partial class SendGridMailer
{
    /// <summary>
    /// Sends several messages with as few requests as is right: messages with identical content (kind, from, reply-to,
    /// subject, bodies) share a request, one personalization each; all others go one request per message
    /// (<see cref="SendGridRequestMapper.MapBatch"/>). Each id is claimed, recorded and released on its own, as in
    /// <see cref="SendAsync"/>, so a batch is exactly as idempotent. A message SendGrid would refuse fails alone; a
    /// refused request fails the messages in it. Results are in input order. Cancellation (or an unforeseen error)
    /// releases every claim still open and throws.
    /// </summary>
    public async Task<IReadOnlyList<SendGridBatchItemResult>> SendBatchAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.GroupBy(message => message.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"Email {repeated.Key} appears more than once in the batch.", nameof(messages));
        }

        var options = _options.Value;
        var now = _time.GetUtcNow().UtcDateTime;
        var results = new Dictionary<string, SendGridBatchItemResult>(StringComparer.Ordinal);
        var claims = new Dictionary<string, SendClaim>(StringComparer.Ordinal);
        List<EmailMessage> granted = [];
        foreach (var message in messages)
        {
            try
            {
                EnsureDue(message, now);
                _ = SendGridRequestMapper.Map(message, options.SandboxMode);
            }
            catch (Exception exception) when (exception is SendGridRequestInvalidException or InvalidOperationException)
            {
                results[message.Id] = new SendGridBatchItemResult(message.Id, SendGridBatchItemStatus.Failed, exception);
                continue;
            }

            var claim = await _ledger.ClaimAsync(message.Id, now, options.ClaimLease, cancellationToken).ConfigureAwait(false);
            switch (claim.Status)
            {
                case SendClaimStatus.AlreadySent:
                    LogAlreadySent(message.Id, message.Kind.WireName());
                    results[message.Id] = new SendGridBatchItemResult(message.Id, SendGridBatchItemStatus.AlreadySent);
                    continue;
                case SendClaimStatus.HeldByAnotherSend:
                    results[message.Id] = new SendGridBatchItemResult(message.Id, SendGridBatchItemStatus.Failed, HeldElsewhere(message.Id, claim));
                    continue;
            }

            if (claim.AfterUnconfirmedAttempt)
            {
                LogPossibleDuplicate(message.Id, message.Kind.WireName(), claim.Attempt);
            }

            claims[message.Id] = claim;
            granted.Add(message);
        }

        var kinds = granted.ToDictionary(message => message.Id, message => message.Kind.WireName(), StringComparer.Ordinal);
        var requests = SendGridRequestMapper.MapBatch(granted, options.SandboxMode);
        for (var index = 0; index < requests.Count; index++)
        {
            var batch = requests[index];
            SendGridAccepted accepted;
            try
            {
                accepted = await _client.SendAsync(batch.Request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SendGridRejectedException or SendGridUnavailableException or SendGridRequestInvalidException)
            {
                await ReleaseAllAsync(batch.EmailIds, claims, EndOf(exception)).ConfigureAwait(false);
                foreach (var emailId in batch.EmailIds)
                {
                    results[emailId] = new SendGridBatchItemResult(emailId, SendGridBatchItemStatus.Failed, exception);
                }

                continue;
            }
            catch (Exception exception)
            {
                // Cancellation or something unforeseen: end the batch, leaving no claim open.
                await ReleaseAllAsync(batch.EmailIds, claims, EndOf(exception)).ConfigureAwait(false);
                await ReleaseAllAsync(requests.Skip(index + 1).SelectMany(later => later.EmailIds), claims, SendAttemptEnd.NotDelivered).ConfigureAwait(false);
                throw;
            }

            // As in SendAsync, a failed record ends the batch with the claim held until its lease runs out.
            foreach (var emailId in batch.EmailIds)
            {
                await RecordAsync(emailId, accepted).ConfigureAwait(false);
                LogSent(emailId, kinds[emailId], accepted.MessageId, accepted.Attempts);
                results[emailId] = new SendGridBatchItemResult(emailId, SendGridBatchItemStatus.Sent);
            }
        }

        return [.. messages.Select(message => results[message.Id])];
    }

    private async Task ReleaseAllAsync(IEnumerable<string> emailIds, Dictionary<string, SendClaim> claims, SendAttemptEnd end)
    {
        foreach (var emailId in emailIds)
        {
            await ReleaseAsync(emailId, claims[emailId].Attempt, end).ConfigureAwait(false);
        }
    }
}
