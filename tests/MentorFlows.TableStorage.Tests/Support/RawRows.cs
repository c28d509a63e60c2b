using System.Globalization;
using System.Text;
using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Tests.Support;

/// <summary>What anyone with read access to a table sees: every property of every row, as stored.</summary>
internal static class RawRows
{
    /// <summary>
    /// Whether <paramref name="fragment"/> appears in any property of <paramref name="rows"/>: in its text, or in the
    /// UTF-8 of a property that is base64 (so a text merely encoded, not sealed, is found too).
    /// </summary>
    public static bool Show(IEnumerable<TableRow> rows, string fragment) =>
        rows.SelectMany(row => row.Properties.Values.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty))
            .Any(text => text.Contains(fragment, StringComparison.Ordinal) || Decoded(text).Contains(fragment, StringComparison.Ordinal));

    private static string Decoded(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) ? Encoding.UTF8.GetString(bytes, 0, length) : string.Empty;
    }
}
