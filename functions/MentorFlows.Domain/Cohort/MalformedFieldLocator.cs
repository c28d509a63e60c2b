namespace MentorFlows.Domain.Cohort;

/// <summary>
/// Finds which field of a record with broken quoting is at fault, so that the error names a column. It reads the
/// raw record by the rules of RFC 4180 (the reader's): a field is quoted when its first non-blank character is a
/// double quote, a quote inside a quoted field is doubled, and nothing but a comma may follow the closing quote.
/// </summary>
internal static class MalformedFieldLocator
{
    /// <summary>The 0-based index of the first field with a quoting problem, or -1 when none is found.</summary>
    public static int FindField(ReadOnlySpan<char> rawRecord)
    {
        var field = 0;
        var i = 0;
        while (i <= rawRecord.Length)
        {
            while (i < rawRecord.Length && rawRecord[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < rawRecord.Length && rawRecord[i] == '"')
            {
                var close = ClosingQuote(rawRecord, i + 1);
                if (close < 0)
                {
                    return field;
                }

                i = close + 1;
                while (i < rawRecord.Length && rawRecord[i] is ' ' or '\t')
                {
                    i++;
                }

                if (i < rawRecord.Length && rawRecord[i] != ',')
                {
                    return field;
                }
            }
            else
            {
                var end = rawRecord[i..].IndexOf(',');
                var text = end < 0 ? rawRecord[i..] : rawRecord.Slice(i, end);
                if (text.Contains('"'))
                {
                    return field;
                }

                i = end < 0 ? rawRecord.Length : i + end;
            }

            // i is at the comma that ends the field, or at the end of the record.
            i++;
            field++;
        }

        return -1;
    }

    private static int ClosingQuote(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i;
            }

            i++;
        }

        return -1;
    }
}
