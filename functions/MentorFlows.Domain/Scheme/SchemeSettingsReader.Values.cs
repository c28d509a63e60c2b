using System.Globalization;
using System.Text.Json;
using MentorFlows.Domain.Mail;
using NodaTime;
using NodaTime.Text;

namespace MentorFlows.Domain.Scheme;

/// <summary>The readers of one value each: each checks the JSON type, then the range, and names the key when it fails.</summary>
public static partial class SchemeSettingsReader
{
    private const int MaximumNameLength = 100;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static string ReadName(string key, JsonElement value)
    {
        var name = ReadString(key, value, "a name");
        if (name.Length == 0 || name.Length > MaximumNameLength || name.Any(char.IsControl))
        {
            throw new SchemeSettingsException(key, $"must be 1 to {MaximumNameLength} characters on one line");
        }

        return name;
    }

    private static string ReadTimeZone(string key, JsonElement value)
    {
        var id = ReadString(key, value, "a time zone id such as \"Europe/London\"");
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
        {
            throw new SchemeSettingsException(key, $"{Quote(id)} is not a time zone id of the IANA database, such as \"Europe/London\"");
        }

        return id;
    }

    private static LocalDate ReadDate(string key, JsonElement value)
    {
        var text = ReadString(key, value, "a date (YYYY-MM-DD)");
        var result = DatePattern.Parse(text);
        if (!result.Success)
        {
            throw new SchemeSettingsException(key, $"{Quote(text)} is not a date (YYYY-MM-DD)");
        }

        return result.Value;
    }

    private static ContactWindow ReadContactWindow(string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not an object such as {{ \"from\": \"08:00\", \"to\": \"19:00\" }}");
        }

        LocalTime? from = null, to = null;
        foreach (var property in value.EnumerateObject())
        {
            var inner = $"{key}.{property.Name}";
            switch (property.Name)
            {
                case "from" when from is null:
                    from = ReadTime(inner, property.Value);
                    break;
                case "to" when to is null:
                    to = ReadTime(inner, property.Value);
                    break;
                case "from" or "to":
                    throw new SchemeSettingsException(inner, "appears twice; keep one");
                default:
                    throw new SchemeSettingsException(inner, "is not part of a contact window, which has only \"from\" and \"to\"");
            }
        }

        if (from is null || to is null)
        {
            throw new SchemeSettingsException(key, $"needs both \"from\" and \"to\", such as {{ \"from\": \"08:00\", \"to\": \"19:00\" }}");
        }

        if (from >= to)
        {
            throw new SchemeSettingsException(key, $"opens at {from:HH:mm} but closes at {to:HH:mm}; it must open before it closes on the same day");
        }

        return new ContactWindow(from.Value, to.Value);
    }

    private static LocalTime ReadTime(string key, JsonElement value)
    {
        var text = ReadString(key, value, "a time of day (HH:mm)");
        var result = TimePattern.Parse(text);
        if (!result.Success)
        {
            throw new SchemeSettingsException(key, $"{Quote(text)} is not a time of day (HH:mm, 24-hour clock)");
        }

        return result.Value;
    }

    private static string[] ReadDomains(string key, JsonElement value)
    {
        var domains = ReadStrings(key, value, "domain names such as [\"example.ac.uk\"]");
        if (domains.Length == 0)
        {
            throw new SchemeSettingsException(key, "lists no domain; participants need a university email domain (002)");
        }

        foreach (var domain in domains)
        {
            if (!EmailAddressSyntax.IsValidDomain(domain))
            {
                var hint = domain.Contains('@', StringComparison.Ordinal) ? " (give the part after the @ only)" : string.Empty;
                throw new SchemeSettingsException(key, $"{Quote(domain)} is not a domain name such as \"example.ac.uk\"{hint}");
            }
        }

        return domains;
    }

    private static string ReadEmail(string key, JsonElement value)
    {
        var address = ReadString(key, value, "an email address");
        if (!EmailAddressSyntax.IsValid(address))
        {
            throw new SchemeSettingsException(key, $"{Quote(address)} is not an email address");
        }

        return address;
    }

    private static string[] ReadEmails(string key, JsonElement value)
    {
        var addresses = ReadStrings(key, value, "email addresses such as [\"deanofstudents@example.ac.uk\"]");
        if (addresses.Length == 0)
        {
            throw new SchemeSettingsException(key, "lists no address; safeguarding alerts need someone to go to (000)");
        }

        foreach (var address in addresses)
        {
            if (!EmailAddressSyntax.IsValid(address))
            {
                throw new SchemeSettingsException(key, $"{Quote(address)} is not an email address");
            }
        }

        return addresses;
    }

    private static int ReadInt(string key, JsonElement value, int minimum, int maximum)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not a whole number");
        }

        if (number < minimum || number > maximum)
        {
            throw new SchemeSettingsException(key, $"{number} is not between {minimum} and {maximum}");
        }

        return number;
    }

    private static decimal ReadHours(string key, JsonElement value)
    {
        // A month has at most 744 hours; anything above is a typing error.
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var hours))
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not a number of hours");
        }

        if (hours <= 0 || hours > 744)
        {
            throw new SchemeSettingsException(key, $"{hours.ToString(CultureInfo.InvariantCulture)} is not a number of hours between 0 (excluded) and 744");
        }

        return hours;
    }

    private static bool ReadBool(string key, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new SchemeSettingsException(key, $"{Describe(value)} is not true or false"),
    };

    private static int[] ReadAscendingInts(string key, JsonElement value, int minimum, int maximum, bool allowEmpty)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not a list of whole numbers such as [2, 5]");
        }

        var numbers = value.EnumerateArray().Select(item => ReadInt(key, item, minimum, maximum)).ToArray();
        if (numbers.Length == 0 && !allowEmpty)
        {
            throw new SchemeSettingsException(key, "is empty; give at least one number");
        }

        for (var i = 1; i < numbers.Length; i++)
        {
            if (numbers[i] <= numbers[i - 1])
            {
                throw new SchemeSettingsException(key, $"must be in increasing order ({numbers[i - 1]} comes before {numbers[i]})");
            }
        }

        return numbers;
    }

    /// <summary>Review points (003, 004: mid-point and end-point): at most one month per <see cref="ReviewPoint"/>, increasing.</summary>
    private static int[] ReadReviewMonths(string key, JsonElement value)
    {
        var months = ReadAscendingInts(key, value, 1, 24, allowEmpty: true);
        var points = Enum.GetValues<ReviewPoint>().Length;
        if (months.Length > points)
        {
            throw new SchemeSettingsException(key, $"lists {months.Length} months; a scheme has at most {points} reviews (mid-point and end-point)");
        }

        return months;
    }

    /// <summary>A list of dates (bank holidays); it replaces the default list, so an empty list means none.</summary>
    private static LocalDate[] ReadDates(string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not a list of dates such as [\"2025-12-25\"]");
        }

        return [.. value.EnumerateArray().Select(item => ReadDate(key, item)).Distinct().Order()];
    }

    /// <summary>A folder the host reads (the rules never do); null or absent means none.</summary>
    private static string? ReadOptionalPath(string key, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var path = ReadString(key, value, "a folder path, or null");
        if (path.Length == 0 || path.Any(char.IsControl))
        {
            throw new SchemeSettingsException(key, "must be a folder path on one line, or null");
        }

        return path;
    }

    private static string ReadString(string key, JsonElement value, string expected)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not {expected}");
        }

        return value.GetString()!.Trim();
    }

    private static string[] ReadStrings(string key, JsonElement value, string expected)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new SchemeSettingsException(key, $"{Describe(value)} is not a list of {expected}");
        }

        return [.. value.EnumerateArray().Select(item => ReadString(key, item, $"a list of {expected}"))];
    }

    /// <summary>A JSON value as a coordinator would recognise it in their file, shortened.</summary>
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => Quote(value.GetString()!),
        _ => Shorten(value.GetRawText()),
    };

    private static string Quote(string text) => $"\"{Shorten(text)}\"";

    private static string Shorten(string text)
    {
        var oneLine = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length <= 40 ? oneLine : string.Concat(oneLine.AsSpan(0, 37), "...");
    }
}
