using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace MentorFlows.Domain.Concerns;

/// <summary>
/// The reference a concern is known by in acknowledgements, alerts and the coordinator's list: <c>MF-YYYY-NNNNNN</c>,
/// the year the scheme starts and the concern's sequence number in that scheme year, zero-padded to six digits
/// (more digits after 999999). Deterministic from its inputs; it says nothing about the concern or the people in it.
/// </summary>
[JsonConverter(typeof(ConcernReferenceJsonConverter))]
public sealed partial record ConcernReference
{
    private ConcernReference(int schemeYear, int sequence)
    {
        SchemeYear = schemeYear;
        Sequence = sequence;
        Value = string.Create(CultureInfo.InvariantCulture, $"MF-{schemeYear:D4}-{sequence:D6}");
    }

    public int SchemeYear { get; }

    public int Sequence { get; }

    public string Value { get; }

    /// <param name="schemeYear">The calendar year the scheme starts in (2025 for 2025-26).</param>
    /// <param name="sequence">1 for the scheme year's first concern.</param>
    public static ConcernReference Create(int schemeYear, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(schemeYear, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(schemeYear, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new ConcernReference(schemeYear, sequence);
    }

    public static bool TryParse(string? text, out ConcernReference? reference)
    {
        reference = null;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups["sequence"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || year < 2000 || sequence < 1)
        {
            return false;
        }

        // Only the canonical spelling: "MF-2025-0000123" would name the same concern as "MF-2025-000123".
        var parsed = new ConcernReference(year, sequence);
        if (parsed.Value != text)
        {
            return false;
        }

        reference = parsed;
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^MF-(?<year>\d{4})-(?<sequence>\d{6,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
