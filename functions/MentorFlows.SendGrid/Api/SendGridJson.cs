using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlows.SendGrid.Api;

/// <summary>
/// JSON for the v3 API: snake_case property names, null members left out, dictionary keys (header names, custom arg
/// keys) written as given. Source-generated, so no reflection at send time. Non-ASCII text and HTML characters are
/// written as they are, not as \uXXXX escapes: the JSON is an API body, never embedded in a page, and escaping would
/// triple the size of every accented name towards the 30 MB limit.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendGridMailRequest))]
[JsonSerializable(typeof(SendGridErrorResponse))]
internal sealed partial class SendGridJson : JsonSerializerContext
{
    // The attribute's options plus the relaxed encoder (the attribute cannot name an encoder).
    private static readonly SendGridJson Relaxed = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static byte[] Serialize(SendGridMailRequest request) =>
        JsonSerializer.SerializeToUtf8Bytes(request, Relaxed.SendGridMailRequest);

    /// <summary>Reads an error body; null when it is not SendGrid's error JSON.</summary>
    public static SendGridErrorResponse? TryReadErrors(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, Relaxed.SendGridErrorResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
