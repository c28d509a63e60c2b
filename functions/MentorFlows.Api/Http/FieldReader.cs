using System.Globalization;
using System.Text.Json;
using MentorFlows.Domain;
using MentorFlows.Domain.Cohort;

namespace MentorFlows.Api.Http;

/// <summary>
/// Reads typed values from <see cref="RequestFields"/>, collecting one problem per bad field (named as the client
/// sent it) instead of stopping at the first, so a client fixes everything at once. Messages never repeat a value.
/// </summary>
public sealed class FieldReader
{
    private static readonly string[] TrueWords = ["true", "yes", "on", "1"];
    private static readonly string[] FalseWords = ["false", "no", "off", "0"];

    private readonly RequestFields _fields;
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public FieldReader(RequestFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = fields;
    }

    public bool HasErrors => _errors.Count > 0;

    public IDictionary<string, string[]> Errors => _errors;

    public void Fail(string field, string message)
    {
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
    }

    /// <summary>Trimmed text; null (and a problem when <paramref name="required"/>) when absent or blank.</summary>
    public string? Text(string field, int maxLength, bool required)
    {
        string? text;
        switch (_fields[field])
        {
            case null:
                text = null;
                break;
            case string form:
                text = form;
                break;
            case JsonElement { ValueKind: JsonValueKind.String } json:
                text = json.GetString();
                break;
            default:
                Fail(field, "must be a string");
                return null;
        }

        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Fail(field, "is required");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Fail(field, string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters"));
            return null;
        }

        return text;
    }

    /// <summary>A student id (<see cref="StudentIdSyntax"/>), upper-cased; null (and a problem when required) otherwise.</summary>
    public string? StudentId(string field, bool required)
    {
        var text = Text(field, 256, required);
        if (text is null)
        {
            return null;
        }

        if (!StudentIdSyntax.IsValid(text))
        {
            Fail(field, $"must be a student id ({StudentIdSyntax.Description})");
            return null;
        }

        return StudentIdSyntax.Normalize(text);
    }

    /// <summary>true/false, or in forms yes/no, on/off, 1/0; null (and a problem when required) when absent.</summary>
    public bool? Boolean(string field, bool required)
    {
        var value = _fields[field];
        if (value is JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } json)
        {
            return json.GetBoolean();
        }

        var text = value switch
        {
            null => null,
            string form => form.Trim(),
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!.Trim(),
            _ => "\0",
        };
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Fail(field, "is required (true or false)");
            }

            return null;
        }

        if (TrueWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (FalseWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        Fail(field, "must be true or false");
        return null;
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/> (both inclusive); null when absent.</summary>
    public decimal? Number(string field, decimal min, decimal max)
    {
        decimal number;
        switch (_fields[field])
        {
            case null:
                return null;
            case string form when string.IsNullOrWhiteSpace(form):
                return null;
            case string form when decimal.TryParse(form.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            case JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetDecimal(out var parsed):
                number = parsed;
                break;
            default:
                Fail(field, "must be a number");
                return null;
        }

        if (number < min || number > max)
        {
            Fail(field, string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}"));
            return null;
        }

        return number;
    }

    /// <summary>One of <typeparamref name="TEnum"/>'s wire names (exact); null (and a problem when required) otherwise.</summary>
    public TEnum? Choice<TEnum>(string field, bool required)
        where TEnum : struct, Enum
    {
        var text = Text(field, 64, required);
        if (text is null)
        {
            return null;
        }

        if (WireName.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Fail(field, $"must be one of: {string.Join(", ", WireName.All<TEnum>())}");
        return null;
    }
}
