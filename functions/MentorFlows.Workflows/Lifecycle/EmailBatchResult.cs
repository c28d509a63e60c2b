namespace MentorFlows.Workflows.Lifecycle;

/// <summary>How many emails an activity sent (or found sent before) and how many it skipped at send time.</summary>
public sealed record EmailBatchResult(int Sent, int Skipped)
{
    public static EmailBatchResult None { get; } = new(0, 0);

    public EmailBatchResult Add(bool sent) => sent ? this with { Sent = Sent + 1 } : this with { Skipped = Skipped + 1 };

    public EmailBatchResult Add(EmailBatchResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new EmailBatchResult(Sent + other.Sent, Skipped + other.Skipped);
    }
}
