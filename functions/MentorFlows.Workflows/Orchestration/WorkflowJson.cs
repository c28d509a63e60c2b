using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlows.Workflows.Orchestration;

/// <summary>
/// The one JSON shape of every workflow payload (inputs, outputs, events, history), on the embedded runtime and in
/// the Azure adapter alike: camelCase, enums as strings.
/// </summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
