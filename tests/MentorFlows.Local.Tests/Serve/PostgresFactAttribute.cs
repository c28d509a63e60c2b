namespace MentorFlows.Local.Tests.Serve;

/// <summary>
/// A fact that needs the PostgreSQL test server (MENTORFLOWS_TEST_POSTGRES, set by scripts/test.sh). Skipped without
/// it, unless MENTORFLOWS_REQUIRE_POSTGRES=1, when it runs and fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string ConnectionVariable = "MENTORFLOWS_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null && Environment.GetEnvironmentVariable("MENTORFLOWS_REQUIRE_POSTGRES") != "1")
        {
            Skip = $"{ConnectionVariable} is not set: run scripts/test.sh, or export the connection string scripts/postgres.sh prints.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException($"MENTORFLOWS_REQUIRE_POSTGRES=1 but {ConnectionVariable} is not set: PostgreSQL tests cannot run.");
}
