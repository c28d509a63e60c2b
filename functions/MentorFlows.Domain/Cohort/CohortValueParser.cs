using System.Buffers.Text;
using System.Text;
using NodaTime;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// The cohort file's value formats (DESIGN.md), read from the UTF-8 bytes of a field so that no string is made for
/// values that are not kept. Blank fields are handled by the caller; these see trimmed, non-empty text.
/// </summary>
internal static class CohortValueParser
{
    /// <summary>How a coordinator is told what a boolean may be.</summary>
    public const string BooleanWords = "yes, no, true, false, 1 or 0";

    /// <summary>Booleans: yes/no/true/false/1/0, any case. A blank boolean is "no" (the caller decides that).</summary>
    public static bool TryParseBoolean(ReadOnlySpan<byte> text, out bool value)
    {
        if (Ascii.EqualsIgnoreCase(text, "yes"u8) || Ascii.EqualsIgnoreCase(text, "true"u8) || text.SequenceEqual("1"u8))
        {
            value = true;
            return true;
        }

        value = false;
        return Ascii.EqualsIgnoreCase(text, "no"u8) || Ascii.EqualsIgnoreCase(text, "false"u8) || text.SequenceEqual("0"u8);
    }

    /// <summary>Roles: mentee or mentor, any case.</summary>
    public static bool TryParseRole(ReadOnlySpan<byte> text, out ParticipantRole role)
    {
        if (Ascii.EqualsIgnoreCase(text, "mentee"u8))
        {
            role = ParticipantRole.Mentee;
            return true;
        }

        role = ParticipantRole.Mentor;
        return Ascii.EqualsIgnoreCase(text, "mentor"u8);
    }

    /// <summary>
    /// Dates: exactly YYYY-MM-DD. <paramref name="wellFormed"/> tells a malformed text (<c>12/03/2006</c>) from a
    /// well-formed but impossible date (<c>2006-02-30</c>).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date, out bool wellFormed)
    {
        date = default;
        wellFormed = text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            && IsDigits(text[..4]) && IsDigits(text[5..7]) && IsDigits(text[8..]);
        if (!wellFormed)
        {
            return false;
        }

        var year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
        var month = (text[5] - '0') * 10 + (text[6] - '0');
        var day = (text[8] - '0') * 10 + (text[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<byte> text) => !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    /// <summary>A whole number, possibly signed (so that "-2" is reported as negative, not as not-a-number).</summary>
    public static bool TryParseWholeNumber(ReadOnlySpan<byte> text, out int value) =>
        Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;

    /// <summary>
    /// A gender preference that means none (DOMAIN.md: the mentee's preference, where there is one): blank,
    /// "no preference" (also with <c>_</c> or <c>-</c>), "none" or "any". <paramref name="lowerCase"/> is lower case.
    /// </summary>
    public static bool MeansNoPreference(string lowerCase) =>
        lowerCase is "" or "none" or "any" or "no preference" or "no_preference" or "no-preference" or "nopreference";

    /// <summary>
    /// A role, boolean or capacity as a message names it: quoted (<c>"tutor"</c>) when it is short ASCII without
    /// spaces or <c>@</c>, otherwise "the value". The caller also says "the value" when the row's values may have
    /// been shifted by an unquoted comma, since a name or an email could then stand in the column.
    /// </summary>
    public static string Describe(ReadOnlySpan<byte> text, bool mayBeShifted)
    {
        if (mayBeShifted || text.Length > 24 || !Ascii.IsValid(text) || text.IndexOfAny(" \t@"u8) >= 0 || text.IndexOfAnyInRange((byte)0, (byte)31) >= 0)
        {
            return "the value";
        }

        return $"\"{Encoding.ASCII.GetString(text)}\"";
    }
}
