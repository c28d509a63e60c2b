namespace MentorFlows.Runtime.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: its connection string comes from MENTORFLOWS_TEST_POSTGRES (scripts/test.sh
/// sets it after scripts/postgres.sh has started the server). Without it the PostgreSQL tests are skipped, unless
/// MENTORFLOWS_REQUIRE_POSTGRES=1, when they run and fail.
/// </summary>
public static class PostgresTestDatabase
{
    public const string ConnectionVariable = "MENTORFLOWS_TEST_POSTGRES";
    public const string RequireVariable = "MENTORFLOWS_REQUIRE_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? $"{ConnectionVariable} is not set: run scripts/test.sh, or export the connection string that scripts/postgres.sh prints."
        : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException($"{RequireVariable}=1 but {ConnectionVariable} is not set: PostgreSQL tests cannot run.");
}
