using MentorFlows.SendGrid.Ledger;

namespace MentorFlows.TableStorage.Ledger;

/// <summary>
/// One email id's state in the send ledger, and the rules of <see cref="ISentMailLedger"/> as pure transitions (the
/// same as SendGrid's <c>InMemorySentMailLedger</c>): claimed while <see cref="LeaseUntilUtc"/> is set, sent once
/// <see cref="Receipt"/> is set. Each transition returns the claim or the new state, or null when nothing changes,
/// so a durable ledger writes only real changes, each conditional on the ETag it read.
/// </summary>
public sealed record SendLedgerEntry(int Attempt, DateTime? LeaseUntilUtc, bool Unconfirmed, SentMailReceipt? Receipt)
{
    /// <summary>The claim <paramref name="current"/> allows at <paramref name="nowUtc"/>, and the state to store (null: store nothing).</summary>
    public static (SendClaim Claim, SendLedgerEntry? Next) Claim(SendLedgerEntry? current, DateTime nowUtc, TimeSpan lease)
    {
        if (current is null)
        {
            return (SendClaim.Granted(1, afterUnconfirmedAttempt: false), new SendLedgerEntry(1, nowUtc + lease, false, null));
        }

        if (current.Receipt is not null)
        {
            return (SendClaim.AlreadySent(), null);
        }

        if (current.LeaseUntilUtc is { } until && nowUtc < until)
        {
            return (SendClaim.Held(until), null);
        }

        // A lease that ran out was never released: that send may have reached SendGrid.
        var next = current with
        {
            Attempt = current.Attempt + 1,
            LeaseUntilUtc = nowUtc + lease,
            Unconfirmed = current.Unconfirmed || current.LeaseUntilUtc is not null,
        };
        return (SendClaim.Granted(next.Attempt, next.Unconfirmed), next);
    }

    /// <summary>The state after SendGrid accepted the email; null when it is recorded already.</summary>
    public static SendLedgerEntry? Record(SendLedgerEntry? current, SentMailReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return current switch
        {
            null => new SendLedgerEntry(0, null, false, receipt),
            { Receipt: not null } => null,
            _ => current with { Receipt = receipt, LeaseUntilUtc = null },
        };
    }

    /// <summary>The state after claim <paramref name="attempt"/> ended without a send; null when the release is stale or the id is sent.</summary>
    public static SendLedgerEntry? Release(SendLedgerEntry? current, int attempt, SendAttemptEnd end) =>
        current is { Receipt: null, LeaseUntilUtc: not null } && current.Attempt == attempt
            ? current with { LeaseUntilUtc = null, Unconfirmed = current.Unconfirmed || end == SendAttemptEnd.Unknown }
            : null;
}
