using MentorFlows.Workflows.Email;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// The record of one sent email: its id and kind and when it went (anonymous, kept for idempotency and the year's
/// counts), and the copy of the <see cref="Message"/> (personal data) until its students are erased.
/// </summary>
public sealed record SentEmail(string EmailId, EmailKind Kind, DateTime SentAtUtc, EmailMessage? Message)
{
    public override string ToString() => $"SentEmail {{ EmailId = {EmailId}, Kind = {Kind} }}";
}
