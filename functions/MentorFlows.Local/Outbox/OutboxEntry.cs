using System.Text.Json.Serialization;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Outbox;

/// <summary>
/// One line of <c>outbox.jsonl</c> (DESIGN.md): a sent email, with <see cref="Kind"/> as its wire name
/// (<c>checkin-mentor</c>...), <see cref="SentAtUtc"/> the (virtual) time the mailer sent it, and both bodies.
/// <see cref="StudentIds"/> names the students whose data it holds, so a reader can tell whose emails these are
/// without opening them.
/// </summary>
public sealed record OutboxEntry
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required IReadOnlyList<OutboxAddress> To { get; init; }

    public IReadOnlyList<OutboxAddress> Cc { get; init; } = [];

    public required OutboxAddress From { get; init; }

    /// <summary>Where replies go; written as null when the sender's address is the one to reply to, so every line has the same fields.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public OutboxAddress? ReplyTo { get; init; }

    public required string Subject { get; init; }

    public required DateTime SentAtUtc { get; init; }

    public required IReadOnlyList<string> StudentIds { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static OutboxEntry Of(EmailMessage message, DateTime sentAtUtc)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OutboxEntry
        {
            Id = message.Id,
            Kind = message.Kind.WireName(),
            To = [.. message.To.Select(OutboxAddress.From)],
            Cc = [.. message.Cc.Select(OutboxAddress.From)],
            From = OutboxAddress.From(message.From),
            ReplyTo = message.ReplyTo is { } replyTo ? OutboxAddress.From(replyTo) : null,
            Subject = message.Subject,
            SentAtUtc = DateTime.SpecifyKind(sentAtUtc, DateTimeKind.Utc),
            StudentIds = message.StudentIds,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Headers = message.Headers,
        };
    }

    public override string ToString() => $"OutboxEntry {{ Id = {Id}, Kind = {Kind} }}";
}
