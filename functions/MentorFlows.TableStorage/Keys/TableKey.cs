using System.Globalization;
using System.Text;
using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Keys;

/// <summary>
/// Partition and row keys built from components (ids, names), so that any text makes a valid, unambiguous key.
/// <list type="bullet">
/// <item>Azure forbids <c>/ \ # ?</c> and control characters in keys, and some APIs mishandle <c>%</c> and <c>'</c>
/// (Azure Storage blog, 2012: "PartitionKey or RowKey containing the percent character causes some Windows Azure
/// Tables APIs to fail"; Azurite issues 1377 and 1418). So a component keeps only ASCII letters, digits, <c>.</c>,
/// <c>-</c> and <c>_</c>; every other character becomes <c>$XX</c> per UTF-8 byte (upper-case hex).</item>
/// <item>Components are joined with <see cref="Separator"/> (<c>!</c>), which escaping never leaves in a component.</item>
/// <item>Order: <c>!</c> sorts below every character an escaped component holds (<c>$</c>, <c>-</c>, <c>.</c>, digits,
/// letters, <c>_</c>), so keys sort by their first component, then the next; and components without escaped
/// characters (student ids, pseudonyms, match ids) sort as the raw text does, ordinally.</item>
/// <item>A key is at most <see cref="TableLimits.MaxKeyLength"/> characters (1 KiB).</item>
/// </list>
/// </summary>
public static class TableKey
{
    public const char Separator = '!';

    /// <summary>The character after <see cref="Separator"/>: the exclusive end of a prefix range.</summary>
    private const char AfterSeparator = '"';

    private const char EscapeMark = '$';

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The key of one component, or of several joined with <see cref="Separator"/>.</summary>
    /// <exception cref="ArgumentException">A component is empty or the key would be longer than 1 KiB.</exception>
    public static string Compose(params ReadOnlySpan<string> components)
    {
        if (components.IsEmpty)
        {
            throw new ArgumentException("A table key needs at least one component.", nameof(components));
        }

        var key = new StringBuilder();
        foreach (var component in components)
        {
            if (key.Length > 0)
            {
                key.Append(Separator);
            }

            key.Append(Escape(component));
        }

        if (key.Length > TableLimits.MaxKeyLength)
        {
            throw new ArgumentException($"A table key would be {key.Length} characters; Azure allows {TableLimits.MaxKeyLength}.", nameof(components));
        }

        return key.ToString();
    }

    /// <summary>The components of a key made by <see cref="Compose"/>.</summary>
    /// <exception cref="FormatException">The key was not made by <see cref="Compose"/>.</exception>
    public static IReadOnlyList<string> Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return [.. key.Split(Separator).Select(Unescape)];
    }

    /// <summary>
    /// The row key range [From, To) holding exactly the keys that start with <paramref name="components"/> followed by
    /// a separator (and more components).
    /// </summary>
    public static (string From, string To) PrefixRange(params ReadOnlySpan<string> components)
    {
        var prefix = Compose(components);
        return (prefix + Separator, prefix + AfterSeparator);
    }

    /// <summary>
    /// The least key above every key whose leading components are <paramref name="components"/> (with or without more
    /// components): the inclusive start of "everything after these".
    /// </summary>
    public static string After(params ReadOnlySpan<string> components) => Compose(components) + AfterSeparator;

    /// <summary>One component in key form.</summary>
    /// <exception cref="ArgumentException">The component is empty or not well-formed UTF-16.</exception>
    public static string Escape(string component)
    {
        ArgumentException.ThrowIfNullOrEmpty(component);
        if (component.All(IsKept))
        {
            return component;
        }

        var escaped = new StringBuilder(component.Length + 8);
        var start = 0;
        while (start < component.Length)
        {
            if (IsKept(component[start]))
            {
                escaped.Append(component[start]);
                start++;
                continue;
            }

            var end = start;
            while (end < component.Length && !IsKept(component[end]))
            {
                end++;
            }

            byte[] bytes;
            try
            {
                bytes = StrictUtf8.GetBytes(component, start, end - start);
            }
            catch (EncoderFallbackException ex)
            {
                throw new ArgumentException("A table key component is not well-formed UTF-16 (a lone surrogate).", nameof(component), ex);
            }

            foreach (var b in bytes)
            {
                escaped.Append(EscapeMark).Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            start = end;
        }

        return escaped.ToString();
    }

    /// <summary>The component an <see cref="Escape"/>d text stands for.</summary>
    /// <exception cref="FormatException">The text is not something <see cref="Escape"/> produces.</exception>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        if (escaped.Length == 0)
        {
            throw new FormatException("An empty table key component.");
        }

        if (!escaped.Contains(EscapeMark, StringComparison.Ordinal))
        {
            return escaped.All(IsKept) ? escaped : throw new FormatException("A table key component holds a character escaping would have replaced.");
        }

        var text = new StringBuilder(escaped.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < escaped.Length;)
        {
            if (escaped[i] != EscapeMark)
            {
                Flush(bytes, text);
                text.Append(IsKept(escaped[i]) ? escaped[i] : throw new FormatException("A table key component holds a character escaping would have replaced."));
                i++;
                continue;
            }

            if (i + 2 >= escaped.Length || !IsUpperHex(escaped[i + 1]) || !IsUpperHex(escaped[i + 2]))
            {
                throw new FormatException("A table key component has an incomplete escape.");
            }

            bytes.Add(byte.Parse(escaped.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            i += 3;
        }

        Flush(bytes, text);
        return text.ToString();
    }

    private static void Flush(List<byte> bytes, StringBuilder text)
    {
        if (bytes.Count == 0)
        {
            return;
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException("A table key component escapes bytes that are not UTF-8.", ex);
        }

        if (decoded.Any(IsKept))
        {
            throw new FormatException("A table key component escapes a character it would have kept.");
        }

        text.Append(decoded);
        bytes.Clear();
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';

    private static bool IsUpperHex(char c) => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F';
}
