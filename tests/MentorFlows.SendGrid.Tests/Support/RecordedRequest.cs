using System.Text.Json;

namespace MentorFlows.SendGrid.Tests.Support;

/// <summary>One request the fake SendGrid server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
