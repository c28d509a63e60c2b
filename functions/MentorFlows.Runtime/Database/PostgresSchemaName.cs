using System.Text.RegularExpressions;

namespace MentorFlows.Runtime.Database;

/// <summary>
/// The one piece of SQL text MentorFlows splices in rather than binds: a schema name (PostgreSQL cannot bind
/// identifiers). It is checked here, once, against <c>[a-z_][a-z0-9_]*</c> (at most 63 characters, PostgreSQL's limit).
/// </summary>
internal static partial class PostgresSchemaName
{
    public static bool IsValid(string? schema) => schema is not null && Pattern().IsMatch(schema);

    public static string ThrowIfInvalid(string schema, string? parameterName = null) => IsValid(schema)
        ? schema
        : throw new ArgumentException($"Schema name '{schema}' must match [a-z_][a-z0-9_]* (at most 63 characters).", parameterName ?? nameof(schema));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
