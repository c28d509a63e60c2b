using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlows.Local.Outbox;

/// <summary>
/// The JSON of <c>outbox.jsonl</c>: camelCase, one line per entry, readable UTF-8 (accents as themselves, not
/// <c>\u00e9</c>: the file is read by people and never embedded in HTML), absent optional values left out.
/// </summary>
public static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };
}
