using System.Security.Cryptography;
using MentorFlows.Runtime.SchemeData.Postgres;
using MentorFlows.Runtime.Tests.SchemeData.Contract;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.Runtime.Tests.SchemeData.Postgres;

/// <summary>The scheme store contract on the PostgreSQL stores, each test in a schema of its own.</summary>
[RequiresPostgres]
public sealed class PostgresSchemeStoreContractTests : SchemeStoreContractTests
{
    private readonly PostgresTestSchemas _schemas = new();

    protected override Task<SchemeStores> CreateStoresAsync() =>
        Task.FromResult(SchemeStores.Postgres(
            new PostgresSchemeDatabase(_schemas.DataSource, _schemas.NewSchema()),
            new TextProtector(RandomNumberGenerator.GetBytes(32))));

    protected override async Task CleanUpAsync() => await _schemas.DisposeAsync();
}
