namespace MentorFlows.SendGrid;

/// <summary>What happened to one message of <see cref="SendGridMailer.SendBatchAsync"/>.</summary>
public enum SendGridBatchItemStatus
{
    /// <summary>SendGrid took it and the ledger recorded it.</summary>
    Sent,

    /// <summary>Recorded as sent before; not sent again.</summary>
    AlreadySent,

    /// <summary>Not sent (see the item's error); a retry of this message may succeed unless the error is permanent.</summary>
    Failed,
}
