using MentorFlows.SendGrid.Ledger;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="ISentMailLedger"/> on table <c>sent_mail_ledger</c> (ids, attempts, leases, SendGrid message ids: nothing
/// personal), so the SendGrid mailer stays idempotent across restarts and processes. A claim is one conditional upsert;
/// when it does not take, one read says why (sent, or held until when).
/// </summary>
public sealed class PostgresSentMailLedger : ISentMailLedger
{
    private readonly PostgresSchemeDatabase _database;

    public PostgresSentMailLedger(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<SendClaim> ClaimAsync(string emailId, DateTime nowUtc, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(emailId);
        while (true)
        {
            // A lease that ran out was never released: that send may have reached SendGrid (unconfirmed from then on).
            var granted = await _database.QueryAsync(
                """
                INSERT INTO {s}.sent_mail_ledger AS l (email_id, attempt, lease_until, unconfirmed) VALUES (@id, 1, @until, false)
                ON CONFLICT (email_id) DO UPDATE SET
                    unconfirmed = l.unconfirmed OR l.lease_until IS NOT NULL,
                    attempt = l.attempt + 1,
                    lease_until = @until
                WHERE l.accepted_at IS NULL AND (l.lease_until IS NULL OR l.lease_until <= @now)
                RETURNING attempt, unconfirmed
                """,
                p =>
                {
                    p.AddWithValue("id", emailId);
                    p.AddWithValue("now", nowUtc);
                    p.AddWithValue("until", nowUtc + lease);
                },
                r => SendClaim.Granted(r.GetInt32(0), r.GetBoolean(1)),
                cancellationToken);
            if (granted.Length == 1)
            {
                return granted[0];
            }

            var state = (await _database.QueryAsync(
                "SELECT accepted_at IS NOT NULL, lease_until FROM {s}.sent_mail_ledger WHERE email_id = @id",
                p => p.AddWithValue("id", emailId),
                r => (Sent: r.GetBoolean(0), HeldUntil: r.IsDBNull(1) ? (DateTime?)null : r.GetFieldValue<DateTime>(1)),
                cancellationToken)).Single();
            if (state.Sent)
            {
                return SendClaim.AlreadySent();
            }

            if (state.HeldUntil is { } until && nowUtc < until)
            {
                return SendClaim.Held(until);
            }

            // Released or run out between the upsert and the read: claim again.
        }
    }

    public Task RecordSentAsync(SentMailReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return _database.ExecuteAsync(
            """
            INSERT INTO {s}.sent_mail_ledger AS l (email_id, attempt, lease_until, unconfirmed, provider_message_id, accepted_at)
            VALUES (@id, 0, NULL, false, @provider, @accepted)
            ON CONFLICT (email_id) DO UPDATE SET
                provider_message_id = CASE WHEN l.accepted_at IS NULL THEN EXCLUDED.provider_message_id ELSE l.provider_message_id END,
                accepted_at = coalesce(l.accepted_at, EXCLUDED.accepted_at),
                lease_until = NULL
            """,
            p =>
            {
                p.AddWithValue("id", receipt.EmailId);
                p.AddWithValue("provider", (object?)receipt.ProviderMessageId ?? DBNull.Value);
                p.AddWithValue("accepted", receipt.AcceptedAtUtc);
            },
            cancellationToken);
    }

    public Task ReleaseAsync(string emailId, int attempt, SendAttemptEnd end, CancellationToken cancellationToken) =>
        _database.ExecuteAsync(
            """
            UPDATE {s}.sent_mail_ledger SET lease_until = NULL, unconfirmed = unconfirmed OR @unknown
            WHERE email_id = @id AND accepted_at IS NULL AND attempt = @attempt AND lease_until IS NOT NULL
            """,
            p =>
            {
                p.AddWithValue("id", emailId);
                p.AddWithValue("attempt", attempt);
                p.AddWithValue("unknown", end == SendAttemptEnd.Unknown);
            },
            cancellationToken);

    /// <summary>The receipt of <paramref name="emailId"/>, or null when it is not recorded as sent.</summary>
    public async Task<SentMailReceipt?> FindSentAsync(string emailId, CancellationToken cancellationToken) =>
        (await _database.QueryAsync(
            "SELECT provider_message_id, accepted_at FROM {s}.sent_mail_ledger WHERE email_id = @id AND accepted_at IS NOT NULL",
            p => p.AddWithValue("id", emailId),
            r => new SentMailReceipt(emailId, r.IsDBNull(0) ? null : r.GetString(0), r.GetFieldValue<DateTime>(1)),
            cancellationToken)).SingleOrDefault();
}
