using System.Security.Cryptography;
using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.Hosting;
using MentorFlows.Runtime.InMemory;
using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.Runtime.SchemeData.Postgres;
using MentorFlows.Runtime.Store;
using MentorFlows.SendGrid.Ledger;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;
using MentorFlows.Workflows.Timeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Runtime.Tests;

/// <summary><see cref="DependencyInjection.AddMentorFlowsStores"/>: one choice of store for the runtime and the scheme data.</summary>
public sealed class StoreRegistrationTests
{
    private const string Connection = "Host=127.0.0.1;Port=1;Username=nobody;Password=hunter2;Database=none";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("memory")]
    [InlineData(" Memory ")]
    public async Task AddMentorFlowsStores_Memory_KeepsEverythingInMemory(string? store)
    {
        await using var provider = Build(store, Configuration(key: null));

        Assert.IsType<InMemoryOrchestrationStore>(provider.GetRequiredService<IOrchestrationStore>());
        Assert.IsType<InMemoryParticipantStore>(provider.GetRequiredService<IParticipantStore>());
        Assert.IsType<InMemoryConcernStore>(provider.GetRequiredService<IConcernStore>());
        Assert.IsType<InMemorySurveyStore>(provider.GetRequiredService<ISurveyStore>());
        Assert.IsType<InMemoryTimeline>(provider.GetRequiredService<ITimeline>());
        Assert.IsType<InMemorySentMailLedger>(provider.GetRequiredService<ISentMailLedger>());
    }

    [Fact]
    public async Task AddMentorFlowsStores_ConnectionString_PutsEveryStoreInPostgresWithoutConnecting()
    {
        await using var provider = Build(Connection, Configuration(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), new PostgresSchemas("rt", "data"));

        var runtime = Assert.IsType<PostgresOrchestrationStore>(provider.GetRequiredService<IOrchestrationStore>());
        Assert.Equal(("rt", "data"), (runtime.Schema, provider.GetRequiredService<PostgresSchemeDatabase>().Schema));
        Assert.IsType<PostgresParticipantStore>(provider.GetRequiredService<IParticipantStore>());
        Assert.IsType<PostgresDepartureRegister>(provider.GetRequiredService<IDepartureRegister>());
        Assert.IsType<PostgresMatchStore>(provider.GetRequiredService<IMatchStore>());
        Assert.IsType<PostgresCheckInStore>(provider.GetRequiredService<ICheckInStore>());
        Assert.IsType<PostgresSurveyStore>(provider.GetRequiredService<ISurveyStore>());
        Assert.IsType<PostgresConcernStore>(provider.GetRequiredService<IConcernStore>());
        Assert.IsType<PostgresSentEmailStore>(provider.GetRequiredService<ISentEmailStore>());
        Assert.IsType<PostgresCohortUploadStore>(provider.GetRequiredService<ICohortUploadStore>());
        Assert.IsType<PostgresCohortFileStore>(provider.GetRequiredService<ICohortFileStore>());
        Assert.IsType<PostgresErasureLedger>(provider.GetRequiredService<IErasureLedger>());
        Assert.IsType<PostgresTimeline>(provider.GetRequiredService<ITimeline>());
        Assert.IsType<PostgresSentMailLedger>(provider.GetRequiredService<ISentMailLedger>());
    }

    [Fact]
    public async Task AddMentorFlowsStores_ConnectionString_ResealsConcernAccountsAndSurveyCommentsAtStartUpAfterTheMigration()
    {
        await using var provider = Build(Connection, Configuration(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

        Assert.Equal(
            [typeof(PostgresConcernStore), typeof(PostgresSurveyStore)],
            provider.GetServices<ISealedTextStore>().Select(store => store.GetType()));
        Assert.Same(provider.GetRequiredService<IConcernStore>(), provider.GetServices<ISealedTextStore>().First());
        Assert.NotNull(provider.GetRequiredService<StoredTextResealer>());
        Assert.Equal(
            [typeof(SchemeDataMigrationHostedService), typeof(StoredTextResealHostedService)],
            provider.GetServices<IHostedService>().Select(service => service.GetType()));
    }

    [Fact]
    public async Task AddMentorFlowsStores_RegisteredBeforeTheRuntime_StillChoosesTheRuntimesStore()
    {
        var services = new ServiceCollection()
            .AddMentorFlowsStores(Connection, Configuration(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))))
            .AddSingleton(new WorkflowRegistry())
            .AddEmbeddedDurableRuntime(o => o.RunInBackground = false);
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(PostgresOrchestrationStore.DefaultSchema, Assert.IsType<PostgresOrchestrationStore>(provider.GetRequiredService<IOrchestrationStore>()).Schema);
    }

    [Fact]
    public async Task AddMentorFlowsStores_PreviousConcernKeys_OpenTextsSealedBeforeARotation()
    {
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var reference = Domain.Concerns.ConcernReference.Create(2025, 1);
        var sealedBefore = new TextProtector(oldKey).Seal(reference, "words");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MentorFlows:DataProtection:ConcernKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["MentorFlows:DataProtection:PreviousConcernKeys:0"] = Convert.ToBase64String(oldKey),
            })
            .Build();
        await using var provider = Build(Connection, configuration);

        var protector = provider.GetRequiredService<TextProtector>();

        Assert.Equal("words", protector.Open(reference, sealedBefore));
        Assert.False(protector.IsCurrent(sealedBefore.KeyId));
    }

    [Fact]
    public void AddMentorFlowsStores_PostgresWithoutAConcernKey_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddMentorFlowsStores(Connection, Configuration(key: null)));

        Assert.Contains("MentorFlows:DataProtection:ConcernKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMentorFlowsStores_NeitherMemoryNorAConnectionString_FailsWithoutEchoingTheValue()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMentorFlowsStores("secret-ish nonsense", Configuration(key: null)));

        Assert.DoesNotContain("secret-ish", error.Message, StringComparison.Ordinal);
        Assert.Contains("memory", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string? store, IConfiguration configuration, PostgresSchemas? schemas = null) =>
        new ServiceCollection().AddLogging().AddMentorFlowsStores(store, configuration, schemas).BuildServiceProvider();

    private static IConfiguration Configuration(string? key) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["MentorFlows:DataProtection:ConcernKey"] = key })
        .Build();
}
