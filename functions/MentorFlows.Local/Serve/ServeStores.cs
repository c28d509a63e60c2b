using MentorFlows.Runtime;
using MentorFlows.Runtime.Database;
using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Local.Serve;

/// <summary>
/// The stores <c>serve</c> runs on, from <c>--store</c> (<see cref="Runtime.DependencyInjection.AddMentorFlowsStores"/>):
/// everything in memory, or everything in one PostgreSQL database (the runtime's instances and the scheme's data, in
/// two schemas; concern text and survey comments encrypted with <c>MentorFlows:DataProtection:ConcernKey</c>), which a restart resumes.
/// The schemas can be renamed with <c>MentorFlows:Postgres:RuntimeSchema</c> and <c>MentorFlows:Postgres:SchemeSchema</c>
/// (several schemes, or test runs, in one database).
/// </summary>
internal static class ServeStores
{
    public const string ConcernKeyKey = TextProtectionOptions.ConcernKeySetting;

    public static void Add(IServiceCollection services, IConfiguration configuration, ServeSettings settings)
    {
        var schemas = new PostgresSchemas(
            configuration["MentorFlows:Postgres:RuntimeSchema"] is { Length: > 0 } runtime ? runtime : PostgresSchemas.Default.Runtime,
            configuration["MentorFlows:Postgres:SchemeSchema"] is { Length: > 0 } scheme ? scheme : PostgresSchemas.Default.Scheme);
        try
        {
            services.AddMentorFlowsStores(settings.Store.ConnectionString ?? Runtime.DependencyInjection.InMemoryStore, configuration, schemas);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Both name the setting or the rule, never the value (the connection string may hold a password).
            throw new ServeConfigurationException(ex.Message, ex);
        }
    }
}
