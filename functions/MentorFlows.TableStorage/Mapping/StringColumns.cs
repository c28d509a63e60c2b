using System.Globalization;
using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// A long text (JSON, a concern's account) over several string properties, since one holds at most 64 KiB: <c>{name}</c> holds the first
/// <see cref="ChunkLength"/> characters, <c>{name}_1</c>, <c>{name}_2</c>... the rest, and <c>{name}_Parts</c> the
/// count when there is more than one. A text is cut only between UTF-16 surrogate pairs, never inside one.
/// </summary>
public static class StringColumns
{
    /// <summary>Characters per property: under Azure's 32,768, so a property is never at the limit.</summary>
    public const int ChunkLength = 30_000;

    /// <summary>Properties one text may use: 30 of 30,000 characters is about 1.8 MB of UTF-16, above the 1 MiB an entity may hold, so the entity limit bites first.</summary>
    public const int MaxParts = 30;

    public static IReadOnlyList<(string Column, string Text)> Split(string name, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<(string, string)>();
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            parts.Add((parts.Count == 0 ? name : Part(name, parts.Count), text.Substring(start, length)));
            start += length;
        }
        while (start < text.Length);

        if (parts.Count > MaxParts)
        {
            throw new TableDataException($"Property {name} would need {parts.Count} parts; the stores allow {MaxParts}.");
        }

        if (parts.Count > 1)
        {
            parts.Add((name + "_Parts", parts.Count.ToString(CultureInfo.InvariantCulture)));
        }

        return parts;
    }

    /// <summary>The text <see cref="Split"/> spread over <paramref name="properties"/>, or null when absent.</summary>
    public static string? Join(IReadOnlyDictionary<string, object> properties, string name)
    {
        ArgumentNullException.ThrowIfNull(properties);
        if (!properties.TryGetValue(name, out var first))
        {
            return null;
        }

        if (first is not string head)
        {
            throw new TableDataException($"Property {name} is not of type string.");
        }

        if (!properties.TryGetValue(name + "_Parts", out var partsValue))
        {
            return head;
        }

        if (partsValue is not string partsText || !int.TryParse(partsText, NumberStyles.None, CultureInfo.InvariantCulture, out var parts) || parts < 2 || parts > MaxParts)
        {
            throw new TableDataException($"Property {name}_Parts is not a part count.");
        }

        var text = new System.Text.StringBuilder(head);
        for (var i = 1; i < parts; i++)
        {
            text.Append(properties.TryGetValue(Part(name, i), out var part) && part is string chunk ? chunk : throw new TableDataException($"Property {Part(name, i)} is missing."));
        }

        return text.ToString();
    }

    private static string Part(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}_{index}");
}
