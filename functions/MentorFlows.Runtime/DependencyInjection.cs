using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.Engine;
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
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MentorFlows.Runtime;

/// <summary>Wires the embedded durable runtime into a host.</summary>
public static class DependencyInjection
{
    /// <summary>The <c>--store</c> value (and the default) that keeps everything in memory.</summary>
    public const string InMemoryStore = "memory";

    /// <summary>
    /// Registers the engine, its store (in memory unless <paramref name="configure"/> says otherwise), its
    /// <see cref="IOrchestrationClient"/>, <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is
    /// registered already (register a <see cref="Clock.VirtualTimeProvider"/> first for a simulation), and, unless
    /// <see cref="EmbeddedRuntimeOptions.RunInBackground"/> is off, a hosted service running the engine. The
    /// <see cref="WorkflowRegistry"/> must be registered by the caller.
    /// </summary>
    public static IServiceCollection AddEmbeddedDurableRuntime(this IServiceCollection services, Action<EmbeddedRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new EmbeddedRuntimeOptions();
        configure?.Invoke(options);
        options.Validate();

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOrchestrationStore>(provider => options.StoreFactory(provider));
        services.AddSingleton(provider => new EmbeddedDurableEngine(
            provider.GetRequiredService<IOrchestrationStore>(),
            provider.GetRequiredService<WorkflowRegistry>(),
            provider,
            provider.GetRequiredService<TimeProvider>(),
            options,
            provider.GetService<ILoggerFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<EmbeddedDurableEngine>().Client);
        if (options.RunInBackground)
        {
            services.AddHostedService<EmbeddedDurableRuntimeHostedService>();
        }

        return services;
    }

    /// <summary>
    /// Registers the in-memory scheme stores (participants, departures, matches, check-ins, survey answers, concerns, sent emails,
    /// uploads, cohort files, erasure ledger) and timeline: a simulation, the tests, <c>serve --store memory</c>.
    /// </summary>
    public static IServiceCollection AddInMemorySchemeStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IParticipantStore, InMemoryParticipantStore>();
        services.AddSingleton<IDepartureRegister, InMemoryDepartureRegister>();
        services.AddSingleton<IMatchStore, InMemoryMatchStore>();
        services.AddSingleton<ICheckInStore, InMemoryCheckInStore>();
        services.AddSingleton<ISurveyStore, InMemorySurveyStore>();
        services.AddSingleton<IConcernStore, InMemoryConcernStore>();
        services.AddSingleton<ISentEmailStore, InMemorySentEmailStore>();
        services.AddSingleton<ICohortUploadStore, InMemoryCohortUploadStore>();
        services.AddSingleton<ICohortFileStore, InMemoryCohortFileStore>();
        services.AddSingleton<IErasureLedger, InMemoryErasureLedger>();
        services.AddSingleton<ITimeline, InMemoryTimeline>();
        return services;
    }

    /// <summary>
    /// Registers every store of the service from one choice, <paramref name="store"/> (the local host's
    /// <c>serve --store memory|CONNECTION</c>):
    /// <list type="bullet">
    /// <item>null, empty or <c>memory</c>: the runtime's orchestration store, the scheme stores, the timeline and the
    /// SendGrid send ledger in memory. Nothing survives the process.</item>
    /// <item>otherwise an Npgsql connection string: one <see cref="NpgsqlDataSource"/> (pool) shared by the runtime's
    /// <see cref="PostgresOrchestrationStore"/> (schema <see cref="PostgresSchemas.Runtime"/>), the scheme stores and
    /// timeline (<see cref="PostgresSchemas.Scheme"/>) and a <see cref="PostgresSentMailLedger"/>; both schemas are
    /// created or migrated on start (a hosted service for the scheme's, the engine for its own). Concern text and
    /// survey comments are encrypted with the keys in <paramref name="configuration"/> section
    /// <see cref="TextProtectionOptions.SectionName"/>; a missing or malformed key throws here, naming the setting.</item>
    /// </list>
    /// Call it before or after <see cref="AddEmbeddedDurableRuntime"/>: the orchestration store registered here wins.
    /// </summary>
    public static IServiceCollection AddMentorFlowsStores(this IServiceCollection services, string? store, IConfiguration configuration, PostgresSchemas? schemas = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(store) || string.Equals(store.Trim(), InMemoryStore, StringComparison.OrdinalIgnoreCase))
        {
            services.Replace(ServiceDescriptor.Singleton<IOrchestrationStore>(_ => new InMemoryOrchestrationStore()));
            services.AddInMemorySchemeStores();
            services.Replace(ServiceDescriptor.Singleton<ISentMailLedger, InMemorySentMailLedger>());
            return services;
        }

        var connectionString = ValidConnectionString(store);
        var protectionOptions = new TextProtectionOptions();
        configuration.GetSection(TextProtectionOptions.SectionName).Bind(protectionOptions);
        var protector = TextProtector.FromOptions(protectionOptions);
        schemas ??= PostgresSchemas.Default;

        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton(provider => new PostgresSchemeDatabase(provider.GetRequiredService<NpgsqlDataSource>(), schemas.Scheme));
        services.AddSingleton(protector);
        services.Replace(ServiceDescriptor.Singleton<IOrchestrationStore>(provider =>
            new PostgresOrchestrationStore(provider.GetRequiredService<NpgsqlDataSource>(), schemas.Runtime)));
        services.AddSingleton<IParticipantStore, PostgresParticipantStore>();
        services.AddSingleton<IDepartureRegister, PostgresDepartureRegister>();
        services.AddSingleton<IMatchStore, PostgresMatchStore>();
        services.AddSingleton<ICheckInStore, PostgresCheckInStore>();
        services.AddSingleton<PostgresSurveyStore>();
        services.AddSingleton<ISurveyStore>(provider => provider.GetRequiredService<PostgresSurveyStore>());
        services.AddSingleton<PostgresConcernStore>();
        services.AddSingleton<IConcernStore>(provider => provider.GetRequiredService<PostgresConcernStore>());
        services.AddSingleton<ISealedTextStore>(provider => provider.GetRequiredService<PostgresConcernStore>());
        services.AddSingleton<ISealedTextStore>(provider => provider.GetRequiredService<PostgresSurveyStore>());
        services.AddSingleton<StoredTextResealer>();
        services.AddSingleton<ISentEmailStore, PostgresSentEmailStore>();
        services.AddSingleton<ICohortUploadStore, PostgresCohortUploadStore>();
        services.AddSingleton<ICohortFileStore, PostgresCohortFileStore>();
        services.AddSingleton<IErasureLedger, PostgresErasureLedger>();
        services.AddSingleton<ITimeline, PostgresTimeline>();
        services.Replace(ServiceDescriptor.Singleton<ISentMailLedger, PostgresSentMailLedger>());
        services.AddHostedService<SchemeDataMigrationHostedService>();
        services.AddHostedService<StoredTextResealHostedService>();
        return services;
    }

    /// <summary>The connection string, checked; its text (which may hold a password) never goes into the error.</summary>
    private static string ValidConnectionString(string store)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(store).ConnectionString;
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"The store must be '{InMemoryStore}' or an Npgsql connection string (Host=...;Username=...;Database=...); the value given is neither.", nameof(store));
        }
    }
}
