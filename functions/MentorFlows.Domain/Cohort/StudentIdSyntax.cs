namespace MentorFlows.Domain.Cohort;

/// <summary>
/// What a student id may look like: 1–32 ASCII letters, digits, <c>-</c>, <c>_</c> or <c>.</c>, starting with a
/// letter or a digit (so an id can never start like a spreadsheet formula). Ids are compared without case and kept
/// upper-case (<see cref="Normalize"/>), so <c>s1234</c> and <c>S1234</c> are one student.
/// </summary>
public static class StudentIdSyntax
{
    public const int MaximumLength = 32;

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > MaximumLength || !char.IsAsciiLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The form ids are kept and compared in: upper case.</summary>
    public static string Normalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.ToUpperInvariant();
    }

    /// <summary>How a coordinator is told what an id must look like.</summary>
    public const string Description = "letters, digits, '-', '_' or '.', at most 32, starting with a letter or digit";
}
