using System.Globalization;
using System.Text;
using MentorFlows.Domain.Cohort;

namespace MentorFlows.Api.OptOut;

/// <summary>
/// The check behind a coordinator's opt-out (DOMAIN.md: "entered by the coordinator (student id + name)"): the name
/// typed must be the name on record for the id, so a mistyped id does not take the wrong student out of the scheme.
/// Compared without case, accents or extra spaces, as "first last", "last first" or "last, first".
/// </summary>
public static class RecordedName
{
    public static bool Matches(Participant person, string typed)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(typed);
        var given = Fold(typed.Replace(',', ' '));
        var first = Fold(person.FirstName);
        var last = Fold(person.LastName);
        return given == $"{first} {last}" || given == $"{last} {first}";
    }

    /// <summary>Upper case, accents dropped, runs of white space as one space, trimmed.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(char.ToUpperInvariant(c));
        }

        return folded.ToString();
    }
}
