using System.Text;
using System.Text.Json;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Simulation;

/// <summary>
/// <c>timeline.jsonl</c>: one <see cref="TimelineEntry"/> per line in the workflows' JSON (camelCase, enums as
/// strings), in time order. It holds ids and instants only, so it may be kept after the scheme's data is erased.
/// </summary>
public static class TimelineFile
{
    public const string FileName = "timeline.jsonl";

    public static void Write(string path, IEnumerable<TimelineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        foreach (var entry in entries.OrderBy(e => e.AtUtc).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            writer.WriteLine(JsonSerializer.Serialize(entry, WorkflowJson.Options));
        }
    }

    public static IReadOnlyList<TimelineEntry> ReadAll(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<TimelineEntry>(line, WorkflowJson.Options)
                ?? throw new InvalidDataException($"{FileName} holds a null line."))];
}
