using MentorFlows.Runtime.SchemeData.Postgres;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Runtime.Hosting;

/// <summary>
/// Creates or migrates the scheme data's schema when the host starts, so a database problem stops <c>serve</c> at once
/// rather than at the first request. (The runtime's schema is migrated by its engine as it starts.)
/// </summary>
internal sealed class SchemeDataMigrationHostedService(PostgresSchemeDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
