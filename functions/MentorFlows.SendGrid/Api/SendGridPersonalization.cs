using System.Text.Json.Serialization;

namespace MentorFlows.SendGrid.Api;

/// <summary>
/// One envelope of a v3 request: everyone in it sees each other in To/Cc, so a personalization holds exactly one
/// <c>EmailMessage</c>'s recipients. <see cref="Cc"/> is null rather than empty (SendGrid rejects empty arrays).
/// </summary>
public sealed record SendGridPersonalization
{
    public required IReadOnlyList<SendGridAddress> To { get; init; }

    public IReadOnlyList<SendGridAddress>? Cc { get; init; }

    /// <summary>Per-recipient headers, e.g. RFC 8058 List-Unsubscribe with that student's signed link.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>
    /// Copied by SendGrid into every event of this personalization (delivered, bounce...): holds the MentorFlows email
    /// id (<see cref="SendGridCustomArgs.EmailId"/>) and nothing personal.
    /// </summary>
    public IReadOnlyDictionary<string, string>? CustomArgs { get; init; }

    /// <summary>How many addresses this personalization sends to (To + Cc), for the 1,000-recipient limit.</summary>
    [JsonIgnore]
    public int RecipientCount => To.Count + (Cc?.Count ?? 0);

    public override string ToString() => $"SendGridPersonalization {{ Recipients = {RecipientCount} }}";
}
