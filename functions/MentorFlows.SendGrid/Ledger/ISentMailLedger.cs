namespace MentorFlows.SendGrid.Ledger;

/// <summary>
/// The durable record of which email ids went to SendGrid: what makes <see cref="SendGridMailer"/> idempotent by
/// <c>EmailMessage.Id</c> across retries, concurrent workers and restarts. Holds ids, times and SendGrid message ids
/// only, nothing personal. A send is claim → HTTP → <see cref="RecordSentAsync"/> (or <see cref="ReleaseAsync"/>);
/// the claim is what keeps two workers from sending one id at once, and what reveals a send that crashed after SendGrid
/// may have accepted it. A durable implementation makes each call one atomic conditional write (PostgreSQL:
/// <c>INSERT ... ON CONFLICT DO UPDATE ... WHERE</c>; Azure Tables: insert or ETag-conditional update).
/// </summary>
public interface ISentMailLedger
{
    /// <summary>
    /// Claims <paramref name="emailId"/> for one send until <paramref name="nowUtc"/> + <paramref name="lease"/>.
    /// <list type="bullet">
    /// <item>Recorded as sent: <see cref="SendClaimStatus.AlreadySent"/>.</item>
    /// <item>Claimed by a send whose lease has not run out: <see cref="SendClaimStatus.HeldByAnotherSend"/>.</item>
    /// <item>Otherwise <see cref="SendClaimStatus.Granted"/> with the next attempt number; its
    /// <see cref="SendClaim.AfterUnconfirmedAttempt"/> is true when an earlier claim ended without knowing whether SendGrid
    /// took the email (its lease ran out, or it was released as <see cref="SendAttemptEnd.Unknown"/>).</item>
    /// </list>
    /// </summary>
    Task<SendClaim> ClaimAsync(string emailId, DateTime nowUtc, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records that SendGrid accepted the email. Idempotent: a second record of the same id changes nothing.</summary>
    Task RecordSentAsync(SentMailReceipt receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Ends claim <paramref name="attempt"/> without a send, so the next claim is granted at once. Ignored when the id
    /// is recorded as sent or has been claimed again since (a stale release changes nothing).
    /// </summary>
    Task ReleaseAsync(string emailId, int attempt, SendAttemptEnd end, CancellationToken cancellationToken);
}
