using System.Text.RegularExpressions;
using MentorFlows.SendGrid.Api;

namespace MentorFlows.SendGrid.Client;

/// <summary>
/// Makes SendGrid's error messages safe to keep in exceptions and logs: SendGrid may quote what it refused, so email
/// addresses and the API key are replaced, control characters dropped, and length and count capped.
/// </summary>
internal static partial class SendGridErrorText
{
    private const int MaxErrors = 10;
    private const int MaxLength = 300;

    public static IReadOnlyList<SendGridError> Sanitise(SendGridErrorResponse? response, string apiKey) =>
        response?.Errors is null
            ? []
            : [.. response.Errors.Take(MaxErrors).Select(error => new SendGridError(
                Clean(error.Message, apiKey) ?? "(no message)", Clean(error.Field, apiKey), Clean(error.Help, apiKey)))];

    private static string? Clean(string? text, string apiKey)
    {
        if (text is null)
        {
            return null;
        }

        if (apiKey.Length > 0)
        {
            text = text.Replace(apiKey, "(key)", StringComparison.Ordinal);
        }

        text = ApiKeyShape().Replace(text, "(key)");
        text = EmailShape().Replace(text, "(address)");
        text = new string([.. text.Where(c => !char.IsControl(c))]);
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "...");
    }

    [GeneratedRegex(@"[^\s""'<>(),;:]+@[^\s""'<>(),;:]+")]
    private static partial Regex EmailShape();

    /// <summary>Any SendGrid-shaped key (<c>SG.</c> + two base64url parts), not only the configured one.</summary>
    [GeneratedRegex(@"SG\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}")]
    private static partial Regex ApiKeyShape();
}
