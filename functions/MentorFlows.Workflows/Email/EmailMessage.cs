using System.Text.Json.Serialization;

namespace MentorFlows.Workflows.Email;

/// <summary>
/// One email, ready for <see cref="IMailer"/>. Personal data (addresses, names, bodies) lives only here and in the
/// mail it becomes; <see cref="StudentIds"/> names, by id only, every student whose data it holds, so that its copies
/// can be erased with theirs and timelines can refer to it without holding anything personal. <see cref="ToString"/>
/// shows only the id and kind.
/// </summary>
public sealed record EmailMessage
{
    /// <summary>Stable id (<see cref="EmailId"/>): the same inputs always give the same id, so a retried send is recognised.</summary>
    public required string Id { get; init; }

    public required EmailKind Kind { get; init; }

    public required EmailAddress From { get; init; }

    /// <summary>Where replies go; the intro's reply goes to the mentor.</summary>
    public EmailAddress? ReplyTo { get; init; }

    public required IReadOnlyList<EmailAddress> To { get; init; }

    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    /// <summary>Extra headers, e.g. RFC 8058 <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> on every student email.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Ids of the students whose personal data this message holds (recipients and anyone named in it).</summary>
    public required IReadOnlyList<string> StudentIds { get; init; }

    /// <summary>
    /// The earliest time (UTC) the message may be sent: inside the contact window for student kinds. The orchestrator
    /// waits for it with a durable timer, so an opt-out can still cancel a deferred email; a mailer receives the message
    /// only at or after it.
    /// </summary>
    public required DateTime NotBeforeUtc
    {
        get;
        init => field = value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("NotBeforeUtc must be UTC.", nameof(value));
    }

    [JsonIgnore]
    public EmailAudience Audience => Kind.Audience();

    public override string ToString() => $"EmailMessage {{ Id = {Id}, Kind = {Kind.WireName()} }}";
}
