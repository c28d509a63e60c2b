using MentorFlows.SendGrid.Api;

namespace MentorFlows.SendGrid.Mapping;

/// <summary>One v3 request of a batch and the email ids it carries, one per personalization, in order.</summary>
public sealed record SendGridBatchRequest(SendGridMailRequest Request, IReadOnlyList<string> EmailIds)
{
    public override string ToString() => $"SendGridBatchRequest {{ Emails = {EmailIds.Count} }}";
}
