namespace MentorFlows.Api.Cohorts;

/// <summary>What <c>{name}</c> in <c>PUT /api/cohorts/{name}</c> may be: a plain file name, as a coordinator would save it.</summary>
public static class CohortFileName
{
    public const int MaximumLength = 100;

    /// <summary>Null when <paramref name="name"/> is usable, otherwise why not.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "is required";
        }

        if (name.Length > MaximumLength)
        {
            return $"must be at most {MaximumLength} characters";
        }

        if (name is "." or ".." || name.Any(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            return "must be a plain file name (no folders, no control characters, none of : * ? \" < > |)";
        }

        return null;
    }
}
