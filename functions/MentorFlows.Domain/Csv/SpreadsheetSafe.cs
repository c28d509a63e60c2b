namespace MentorFlows.Domain.Csv;

/// <summary>
/// The one rule every CSV file this program writes applies to its text fields, against CSV (formula) injection
/// (OWASP "CSV Injection"): a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return would be run as a formula by a spreadsheet, so it gets a leading single quote, which spreadsheets read as
/// "this cell is text". Cohort values are kept as they were uploaded (an email must not gain a quote); the escape
/// happens when a value is written to a CSV file, and only to text: numbers are written as numbers, so -5 stays -5.
/// </summary>
public static class SpreadsheetSafe
{
    /// <summary>The prefix that marks a cell as text.</summary>
    public const char EscapePrefix = '\'';

    /// <summary><paramref name="value"/> with a leading <see cref="EscapePrefix"/> when it could be read as a formula; null is "".</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value) || !StartsLikeFormula(value))
        {
            return value ?? string.Empty;
        }

        return EscapePrefix + value;
    }

    /// <summary>Whether a spreadsheet could take <paramref name="value"/> for a formula.</summary>
    public static bool StartsLikeFormula(ReadOnlySpan<char> value) =>
        !value.IsEmpty && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
