using System.Text;
using MentorFlows.SendGrid.Api;
using MentorFlows.Workflows.Email;

namespace MentorFlows.SendGrid.Mapping;

/// <summary>
/// Turns <see cref="EmailMessage"/>s into v3 requests. One message is one personalization, always: its To and Cc see
/// each other, as the message's author chose, but two messages are never merged into one personalization, so one
/// student never sees another's address. Everything SendGrid would refuse is refused here first, as a
/// <see cref="SendGridRequestInvalidException"/>.
/// </summary>
public static partial class SendGridRequestMapper
{
    /// <summary>The category every MentorFlows email carries, beside its kind's wire name.</summary>
    public const string SchemeCategory = "mentorflows";

    /// <summary>The request for one message: one personalization with its recipients, headers and id.</summary>
    public static SendGridMailRequest Map(EmailMessage message, bool sandboxMode)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = Build(message, [Personalize(message)], sandboxMode);
        EnsureSizeWithinLimit(request, [message.Id]);
        return request;
    }

    /// <summary>
    /// The personalization of one message: To then Cc, an address that appears twice kept once (To wins; SendGrid
    /// refuses duplicates within a personalization), the message's headers and its id in custom_args.
    /// </summary>
    internal static SendGridPersonalization Personalize(EmailMessage message)
    {
        string[] ids = [message.Id];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var to = Addresses(message.To, seen);
        var cc = Addresses(message.Cc, seen);
        if (to.Count == 0)
        {
            throw new SendGridRequestInvalidException(ids, "it has no To recipient.");
        }

        if (to.Count + cc.Count > SendGridLimits.MaxRecipients)
        {
            throw new SendGridRequestInvalidException(
                ids, $"it has {to.Count + cc.Count} recipients; SendGrid accepts at most {SendGridLimits.MaxRecipients} per request.");
        }

        foreach (var (name, value) in message.Headers)
        {
            if (SendGridHeaderRules.Problem(name, value) is { } problem)
            {
                throw new SendGridRequestInvalidException(ids, problem + ".");
            }
        }

        var customArgs = new Dictionary<string, string> { [SendGridCustomArgs.EmailId] = message.Id };
        var customArgsBytes = customArgs.Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value));
        if (customArgsBytes >= SendGridLimits.MaxCustomArgsBytes)
        {
            throw new SendGridRequestInvalidException(ids, $"its custom_args would be {customArgsBytes} bytes; SendGrid accepts fewer than {SendGridLimits.MaxCustomArgsBytes}.");
        }

        return new SendGridPersonalization
        {
            To = to,
            Cc = cc.Count == 0 ? null : cc,
            Headers = message.Headers.Count == 0 ? null : new Dictionary<string, string>(message.Headers),
            CustomArgs = customArgs,
        };
    }

    /// <summary>The request around <paramref name="personalizations"/>, with everything the messages share taken from <paramref name="first"/>.</summary>
    private static SendGridMailRequest Build(EmailMessage first, IReadOnlyList<SendGridPersonalization> personalizations, bool sandboxMode)
    {
        if (string.IsNullOrWhiteSpace(first.Subject))
        {
            throw new SendGridRequestInvalidException([first.Id], "its subject is empty.");
        }

        List<SendGridContent> content = [];
        if (first.TextBody.Length > 0)
        {
            content.Add(new SendGridContent(SendGridContent.PlainText, first.TextBody));
        }

        if (first.HtmlBody.Length > 0)
        {
            content.Add(new SendGridContent(SendGridContent.Html, first.HtmlBody));
        }

        if (content.Count == 0)
        {
            throw new SendGridRequestInvalidException([first.Id], "both its text and HTML bodies are empty.");
        }

        return new SendGridMailRequest
        {
            Personalizations = personalizations,
            From = ToSendGrid(first.From),
            ReplyTo = first.ReplyTo is null ? null : ToSendGrid(first.ReplyTo),
            Subject = first.Subject,
            Content = content,
            Categories = [first.Kind.WireName(), SchemeCategory],
            MailSettings = sandboxMode ? new SendGridMailSettings(new SendGridSetting(true)) : null,
        };
    }

    private static void EnsureSizeWithinLimit(SendGridMailRequest request, IReadOnlyList<string> ids)
    {
        var bytes = SendGridJson.Serialize(request).Length;
        if (bytes >= SendGridLimits.MaxRequestBytes)
        {
            throw new SendGridRequestInvalidException(ids, TooLarge(bytes));
        }
    }

    internal static string TooLarge(int bytes) =>
        $"the request would be {bytes:N0} bytes; SendGrid accepts fewer than {SendGridLimits.MaxRequestBytes:N0}.";

    private static List<SendGridAddress> Addresses(IEnumerable<EmailAddress> addresses, HashSet<string> seen) =>
        [.. addresses.Where(address => seen.Add(address.Address)).Select(ToSendGrid)];

    private static SendGridAddress ToSendGrid(EmailAddress address) =>
        new(address.Address, string.IsNullOrWhiteSpace(address.DisplayName) ? null : address.DisplayName);
}
