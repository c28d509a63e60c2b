namespace MentorFlows.SendGrid.Ledger;

/// <summary>How a send that did not get a 2xx ended, for <see cref="ISentMailLedger.ReleaseAsync"/>.</summary>
public enum SendAttemptEnd
{
    /// <summary>SendGrid certainly did not take the email (it answered 4xx or 429, or the request was refused before sending).</summary>
    NotDelivered,

    /// <summary>SendGrid may have taken it (timeout, lost connection, 5xx, cancellation mid-request): a later send may duplicate it.</summary>
    Unknown,
}
