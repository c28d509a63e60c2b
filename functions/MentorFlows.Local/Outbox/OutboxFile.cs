using System.Text.Json;

namespace MentorFlows.Local.Outbox;

/// <summary>Reads <c>outbox.jsonl</c> back (the report, tests, a coordinator's script).</summary>
public static class OutboxFile
{
    public const string FileName = "outbox.jsonl";

    /// <summary>Every entry in file order. A last line cut short by a crash is skipped: that email was never recorded as sent.</summary>
    /// <exception cref="InvalidDataException">A complete line that is not an outbox entry (the message gives its line number only).</exception>
    public static IReadOnlyList<OutboxEntry> ReadAll(string path)
    {
        var entries = new List<OutboxEntry>();
        if (!File.Exists(path))
        {
            return entries;
        }

        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var complete = index < lines.Length - 1;
            if (line.Length == 0 || !complete)
            {
                continue;
            }

            entries.Add(Parse(line, index + 1));
        }

        return entries;
    }

    internal static OutboxEntry Parse(string line, int lineNumber)
    {
        try
        {
            return JsonSerializer.Deserialize<OutboxEntry>(line, OutboxJson.Options)
                ?? throw new InvalidDataException($"{FileName} line {lineNumber} is not an outbox entry.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{FileName} line {lineNumber} is not an outbox entry.", ex);
        }
    }
}
