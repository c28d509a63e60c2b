using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.SchemeData.Postgres;
using Npgsql;

namespace MentorFlows.Runtime.Tests.Database;

public sealed class PostgresSchemaNameTests
{
    [Theory]
    [InlineData("mentorflows_scheme")]
    [InlineData("_x1")]
    public void IsValid_PlainLowerCaseIdentifiers_AreAccepted(string schema) => Assert.True(PostgresSchemaName.IsValid(schema));

    [Theory]
    [InlineData("Public")]
    [InlineData("scheme; DROP TABLE x")]
    [InlineData("1scheme")]
    [InlineData("")]
    public void Stores_ASchemaNameThatIsNotAPlainIdentifier_AreRefused(string schema)
    {
        using var pool = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");

        Assert.False(PostgresSchemaName.IsValid(schema));
        Assert.Throws<ArgumentException>(() => new PostgresSchemeDatabase(pool, schema));
        Assert.Throws<ArgumentException>(() => new PostgresOrchestrationStore(pool, schema));
    }

    [Fact]
    public void IsValid_LongerThanPostgresAllows_IsRefused() => Assert.False(PostgresSchemaName.IsValid(new string('a', 64)));
}
