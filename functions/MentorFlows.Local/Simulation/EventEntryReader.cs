using System.Globalization;
using System.Text.Json;
using MentorFlows.Domain;
using MentorFlows.Domain.Cohort;
using NodaTime;
using NodaTime.Text;

namespace MentorFlows.Local.Simulation;

/// <summary>
/// Reads the fields of one EVENTS.json entry, collecting a problem for each field that is missing, of the wrong
/// kind or out of range. A value is echoed in a problem only when it is a short token (a type, category or label as
/// a coordinator might mistype it); free text never is.
/// </summary>
internal sealed class EventEntryReader
{
    private const int MaximumEchoedLength = 40;

    private static readonly OffsetDateTimePattern[] InstantPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private readonly JsonElement _entry;
    private readonly string _prefix;
    private readonly List<string> _problems;
    private readonly List<string> _known = ["at", "type"];

    public EventEntryReader(JsonElement entry, string prefix, List<string> problems)
    {
        _entry = entry;
        _prefix = prefix;
        _problems = problems;
    }

    /// <summary>Problems found so far for this entry (and the ones before it: the list is shared).</summary>
    public int ProblemCount => _problems.Count;

    public void Problem(string message) => _problems.Add($"{_prefix}: {message}");

    /// <summary>The "at" field: an ISO-8601 instant with <c>Z</c> or an offset, as a UTC <see cref="DateTime"/>.</summary>
    public DateTime At()
    {
        var text = String("at");
        if (text is null)
        {
            return default;
        }

        foreach (var pattern in InstantPatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value.ToInstant().ToDateTimeUtc();
            }
        }

        Problem("\"at\" must be an ISO-8601 instant with Z or an offset, e.g. 2025-10-14T20:30:00Z");
        return default;
    }

    /// <summary>A required, non-blank string field; null (with a problem) otherwise.</summary>
    public string? String(string field)
    {
        if (!Property(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem($"\"{field}\" must be a string");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem($"\"{field}\" must not be blank");
            return null;
        }

        return text;
    }

    /// <summary>A student id (a string, or a whole number as a convenience), normalised like the cohort's ids.</summary>
    public string? StudentId(string field)
    {
        if (!Property(field, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when value.TryGetInt64(out var number) && number >= 0 => number.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (text is null || !StudentIdSyntax.IsValid(text.Trim()))
        {
            Problem($"\"{field}\" must be a student id ({StudentIdSyntax.Description})");
            return null;
        }

        return StudentIdSyntax.Normalize(text.Trim());
    }

    public bool? Boolean(string field)
    {
        if (!Property(field, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem($"\"{field}\" must be true or false");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>A required whole number from <paramref name="minimum"/> to <paramref name="maximum"/> (both inclusive).</summary>
    public int? Integer(string field, int minimum, int maximum)
    {
        if (!Property(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < minimum || number > maximum)
        {
            Problem(string.Create(CultureInfo.InvariantCulture, $"\"{field}\" must be a whole number from {minimum} to {maximum}"));
            return null;
        }

        return number;
    }

    /// <summary>An optional number from 0 to <paramref name="maximum"/>; null when absent or JSON null.</summary>
    public decimal? OptionalNumber(string field, decimal maximum, out bool valid)
    {
        valid = true;
        Know(field);
        if (!_entry.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < 0 || number > maximum)
        {
            Problem($"\"{field}\" must be a number from 0 to {maximum.ToString(CultureInfo.InvariantCulture)}");
            valid = false;
            return null;
        }

        return number;
    }

    /// <summary>A string that must be one of <typeparamref name="TEnum"/>'s wire names; the wire name is returned.</summary>
    public string? WireNameOf<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (!WireName.TryParse<TEnum>(text, out _))
        {
            Problem($"\"{field}\" {Echo(text)}must be one of {string.Join(", ", WireName.All<TEnum>())}");
            return null;
        }

        return text;
    }

    /// <summary>One problem per field of the entry that its type does not have (a typo such as "studentID").</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in _entry.EnumerateObject())
        {
            if (!_known.Contains(property.Name, StringComparer.Ordinal))
            {
                var name = Echo(property.Name);
                var expected = string.Join(", ", _known.Select(k => $"\"{k}\""));
                Problem(name.Length > 0 ? $"unknown field {name}(fields are {expected})" : $"a field name is not one of {expected}");
            }
        }
    }

    /// <summary><c>"value" </c> when <paramref name="text"/> is a short token safe to repeat back, else empty.</summary>
    public static string Echo(string text) =>
        text.Length <= MaximumEchoedLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? $"\"{text}\" "
            : string.Empty;

    private void Know(string field)
    {
        if (!_known.Contains(field, StringComparer.Ordinal))
        {
            _known.Add(field);
        }
    }

    private bool Property(string field, out JsonElement value)
    {
        Know(field);
        if (_entry.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        Problem($"\"{field}\" is missing");
        return false;
    }
}
