using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Runtime.Hosting;

/// <summary>
/// Reseals stored concern accounts and survey comments under the current key when the host starts, after the schema
/// migration (registered after it, and hosted services start in order). A key rotation is then: new key as current,
/// old key among the previous keys, restart, see "Resealed ..." in the log, drop the old key. A text it cannot open
/// is logged and does not stop the host: the scheme's emails and safeguarding alerts must keep going.
/// </summary>
internal sealed class StoredTextResealHostedService(StoredTextResealer resealer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => resealer.ResealAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
