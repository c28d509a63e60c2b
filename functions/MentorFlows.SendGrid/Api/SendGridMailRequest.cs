namespace MentorFlows.SendGrid.Api;

/// <summary>
/// The body of <c>POST /v3/mail/send</c> (azure-api-reference.md section 6), written in snake_case by
/// <see cref="SendGridJson"/>. Only the members MentorFlows uses are modelled; null members are left out of the JSON.
/// Holds personal data (addresses, bodies): it is never logged and its <see cref="ToString"/> shows only counts.
/// </summary>
public sealed record SendGridMailRequest
{
    /// <summary>One per message: each carries that message's recipients, headers and id (never two messages' recipients).</summary>
    public required IReadOnlyList<SendGridPersonalization> Personalizations { get; init; }

    public required SendGridAddress From { get; init; }

    public SendGridAddress? ReplyTo { get; init; }

    /// <summary>Shared by every personalization (batched messages have the same subject and bodies).</summary>
    public required string Subject { get; init; }

    /// <summary><c>text/plain</c> first, then <c>text/html</c>, as SendGrid requires.</summary>
    public required IReadOnlyList<SendGridContent> Content { get; init; }

    /// <summary>The email kind's wire name and <c>mentorflows</c>, for SendGrid's statistics.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    public SendGridMailSettings? MailSettings { get; init; }

    public override string ToString() => $"SendGridMailRequest {{ Personalizations = {Personalizations.Count} }}";
}
