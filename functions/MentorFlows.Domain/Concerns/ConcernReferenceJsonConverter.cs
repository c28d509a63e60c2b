using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlows.Domain.Concerns;

/// <summary>Writes a <see cref="ConcernReference"/> as its string value in workflow payloads and the HTTP API.</summary>
internal sealed class ConcernReferenceJsonConverter : JsonConverter<ConcernReference>
{
    public override ConcernReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return ConcernReference.TryParse(text, out var reference)
            ? reference!
            : throw new JsonException("A concern reference looks like MF-2025-000123.");
    }

    public override void Write(Utf8JsonWriter writer, ConcernReference value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
