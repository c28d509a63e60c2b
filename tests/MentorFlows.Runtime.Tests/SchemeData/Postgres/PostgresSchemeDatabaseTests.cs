using System.Security.Cryptography;
using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.SchemeData.Postgres;
using MentorFlows.Runtime.Tests.SchemeData.Contract;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace MentorFlows.Runtime.Tests.SchemeData.Postgres;

/// <summary>The scheme data's schema: created and migrated on start, once, by any number of processes; data outlives the process.</summary>
[RequiresPostgres]
public sealed class PostgresSchemeDatabaseTests : IAsyncLifetime
{
    private readonly PostgresTestSchemas _schemas = new();
    private string _schema = null!;

    public Task InitializeAsync()
    {
        _schema = _schemas.NewSchema();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _schemas.DisposeAsync();

    [StoreFact]
    public async Task Migrate_TwiceAndFromTwoProcessesAtOnce_AppliesEachMigrationOnce()
    {
        var first = new PostgresSchemeDatabase(_schemas.DataSource, _schema);
        var second = new PostgresSchemeDatabase(_schemas.DataSource, _schema);

        await Task.WhenAll(first.MigrateAsync(CancellationToken.None), second.MigrateAsync(CancellationToken.None));
        await first.MigrateAsync(CancellationToken.None);

        await using var versions = _schemas.DataSource.CreateCommand($"SELECT count(*) FROM {_schema}.schema_version");
        Assert.Equal((long)SchemeSchema.Migrations.Count, await versions.ExecuteScalarAsync());
    }

    [StoreFact]
    public async Task Store_BeforeAnyMigration_CreatesTheSchemaItself()
    {
        var store = new PostgresParticipantStore(new PostgresSchemeDatabase(_schemas.DataSource, _schema));

        Assert.Equal(0, await store.CountPersonalRecordsAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Migrate_ASchemaNewerThanTheBuild_RefusesToStart()
    {
        var database = new PostgresSchemeDatabase(_schemas.DataSource, _schema);
        await database.MigrateAsync(CancellationToken.None);
        await using (var future = _schemas.DataSource.CreateCommand($"INSERT INTO {_schema}.schema_version (version) VALUES (99)"))
        {
            await future.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresSchemeDatabase(_schemas.DataSource, _schema).MigrateAsync(CancellationToken.None));

        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Data_WrittenByOneProcess_IsReadByTheNextOnItsOwnPool()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var connection = PostgresTestDatabase.RequireConnectionString();
        ConcernRecord concern;
        await using (var firstPool = NpgsqlDataSource.Create(connection))
        {
            var first = SchemeStores.Postgres(new PostgresSchemeDatabase(firstPool, _schema), new TextProtector(key));
            await first.Participants.SaveAsync([StoreSamples.Participant("S1")], CancellationToken.None);
            concern = await first.Concerns.AddAsync(new NewConcern("S1", "M1", Domain.Concerns.ConcernCategory.Other, false, "words", StoreSamples.At), 2025, CancellationToken.None);
        }

        await using var secondPool = NpgsqlDataSource.Create(connection);
        var second = SchemeStores.Postgres(new PostgresSchemeDatabase(secondPool, _schema), new TextProtector(key));

        StoreSamples.AssertSame(StoreSamples.Participant("S1"), await second.Participants.GetAsync("S1", CancellationToken.None));
        Assert.Equal("words", await second.Concerns.ReadTextAsync(concern.Reference, CancellationToken.None));
        Assert.Equal("MF-2025-000002", (await second.Concerns.AddAsync(new NewConcern("S1", "M1", Domain.Concerns.ConcernCategory.Other, false, "more", StoreSamples.At), 2025, CancellationToken.None)).Reference.Value);
    }

    [StoreFact]
    public async Task HostedService_OfAddMentorFlowsStores_MigratesTheSchemeSchemaOnStart()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MentorFlows:DataProtection:ConcernKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) })
            .Build();
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddMentorFlowsStores(PostgresTestDatabase.RequireConnectionString(), configuration, new PostgresSchemas(_schemas.NewSchema(), _schema))
            .BuildServiceProvider();

        // In order, as the host starts them: the migration, then the reseal (nothing to reseal in a new schema).
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        await using var tables = _schemas.DataSource.CreateCommand($"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{_schema}'");
        Assert.Equal(17L, await tables.ExecuteScalarAsync());
    }

    [StoreFact]
    public async Task Migrate_ASchemaOfTheFirstVersionWithReceipts_AddsSurveysAndKeepsTheReceipts()
    {
        await PostgresMigrator.MigrateAsync(_schemas.DataSource, _schema, "scheme", [SchemeSchema.Migrations[0]], CancellationToken.None);
        await using (var old = _schemas.DataSource.CreateCommand(
            $"INSERT INTO {_schema}.erasure_receipts VALUES ('r-1', now(), 'SchemeEnded', 'Mentee', 'Law', 1, 2, 3, 4, 5, 6)"))
        {
            await old.ExecuteNonQueryAsync();
        }

        var stores = SchemeStores.Postgres(new PostgresSchemeDatabase(_schemas.DataSource, _schema), new TextProtector(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(new ErasedRecordCounts(1, 2, 3, 4, 5, 6, 0), Assert.Single(await stores.Erasures.ListReceiptsAsync(CancellationToken.None)).Erased);
        Assert.Equal(0, await stores.Surveys.CountPersonalRecordsAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Errors_FromTheServer_DoNotQuoteTheRowsPersonalValues()
    {
        var store = new PostgresParticipantStore(new PostgresSchemeDatabase(_schemas.DataSource, _schema));
        var broken = StoreSamples.Participant("S1") with { Person = StoreSamples.Participant("S1").Person with { FirstName = "Zo\0ë" } };

        var error = await Assert.ThrowsAsync<PostgresException>(() => store.SaveAsync([broken], CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, error.SqlState);
        Assert.DoesNotContain("Zo", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s1@example.ac.uk", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("O'Brien", error.ToString(), StringComparison.Ordinal);
    }
}
