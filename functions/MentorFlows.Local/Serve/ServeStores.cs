using MentorFlows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Local.Serve;

/// <summary>The scheme stores <c>serve</c> runs on: in memory, or PostgreSQL for a deployment that survives restarts.</summary>
internal static class ServeStores
{
    public static void Add(IServiceCollection services, ServeSettings settings)
    {
        if (!settings.Store.IsMemory)
        {
            throw new ServeConfigurationException(
                "--store with a connection string needs the PostgreSQL scheme stores, which this build does not include yet; run with --store memory");
        }

        services.AddInMemorySchemeStores();
    }
}
