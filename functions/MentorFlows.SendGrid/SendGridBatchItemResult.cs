namespace MentorFlows.SendGrid;

/// <summary>One message's result in a batch; <see cref="Error"/> is set exactly when <see cref="Status"/> is Failed.</summary>
public sealed record SendGridBatchItemResult(string EmailId, SendGridBatchItemStatus Status, Exception? Error = null)
{
    public override string ToString() => $"SendGridBatchItemResult {{ EmailId = {EmailId}, Status = {Status} }}";
}
