using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Hosting;
using MentorFlows.Runtime.SchemeData.InMemory;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime;

/// <summary>Wires the embedded durable runtime into a host.</summary>
public static class DependencyInjection
{
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
    /// Registers the in-memory scheme stores (participants, departures, matches, check-ins, concerns, sent emails,
    /// uploads, cohort files, erasure ledger) and timeline: a simulation, the tests, <c>serve --store memory</c>.
    /// </summary>
    public static IServiceCollection AddInMemorySchemeStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IParticipantStore, InMemoryParticipantStore>();
        services.AddSingleton<IDepartureRegister, InMemoryDepartureRegister>();
        services.AddSingleton<IMatchStore, InMemoryMatchStore>();
        services.AddSingleton<ICheckInStore, InMemoryCheckInStore>();
        services.AddSingleton<IConcernStore, InMemoryConcernStore>();
        services.AddSingleton<ISentEmailStore, InMemorySentEmailStore>();
        services.AddSingleton<ICohortUploadStore, InMemoryCohortUploadStore>();
        services.AddSingleton<ICohortFileStore, InMemoryCohortFileStore>();
        services.AddSingleton<IErasureLedger, InMemoryErasureLedger>();
        services.AddSingleton<ITimeline, InMemoryTimeline>();
        return services;
    }
}
