namespace MentorFlows.SendGrid.Ledger;

/// <summary>
/// <see cref="ISentMailLedger"/> in memory, for tests and a host's in-memory mode. Not durable: a restart forgets
/// every id, so a real deployment needs a durable ledger. Thread-safe; every call is atomic.
/// </summary>
public sealed class InMemorySentMailLedger : ISentMailLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Task<SendClaim> ClaimAsync(string emailId, DateTime nowUtc, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(emailId);
        lock (_gate)
        {
            if (!_entries.TryGetValue(emailId, out var entry))
            {
                _entries[emailId] = new Entry { Attempt = 1, LeaseUntilUtc = nowUtc + lease };
                return Task.FromResult(SendClaim.Granted(1, afterUnconfirmedAttempt: false));
            }

            if (entry.Receipt is not null)
            {
                return Task.FromResult(SendClaim.AlreadySent());
            }

            if (entry.LeaseUntilUtc is { } until && nowUtc < until)
            {
                return Task.FromResult(SendClaim.Held(until));
            }

            // A lease that ran out was never released: that send may have reached SendGrid.
            entry.Unconfirmed |= entry.LeaseUntilUtc is not null;
            entry.Attempt++;
            entry.LeaseUntilUtc = nowUtc + lease;
            return Task.FromResult(SendClaim.Granted(entry.Attempt, entry.Unconfirmed));
        }
    }

    public Task RecordSentAsync(SentMailReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        lock (_gate)
        {
            var entry = _entries.TryGetValue(receipt.EmailId, out var found) ? found : _entries[receipt.EmailId] = new Entry();
            entry.Receipt ??= receipt;
            entry.LeaseUntilUtc = null;
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string emailId, int attempt, SendAttemptEnd end, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(emailId, out var entry) && entry.Receipt is null && entry.Attempt == attempt && entry.LeaseUntilUtc is not null)
            {
                entry.LeaseUntilUtc = null;
                entry.Unconfirmed |= end == SendAttemptEnd.Unknown;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The receipt of <paramref name="emailId"/>, or null when it is not recorded as sent.</summary>
    public SentMailReceipt? FindSent(string emailId)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(emailId, out var entry) ? entry.Receipt : null;
        }
    }

    /// <summary>Every receipt, in no particular order.</summary>
    public IReadOnlyList<SentMailReceipt> Sent()
    {
        lock (_gate)
        {
            return [.. _entries.Values.Select(entry => entry.Receipt).OfType<SentMailReceipt>()];
        }
    }

    /// <summary>One id's state: claimed (<see cref="LeaseUntilUtc"/> set), released, or sent (<see cref="Receipt"/> set).</summary>
    private sealed class Entry
    {
        public int Attempt { get; set; }

        public DateTime? LeaseUntilUtc { get; set; }

        /// <summary>Some earlier claim ended without knowing whether SendGrid took the email. Never cleared.</summary>
        public bool Unconfirmed { get; set; }

        public SentMailReceipt? Receipt { get; set; }
    }
}
