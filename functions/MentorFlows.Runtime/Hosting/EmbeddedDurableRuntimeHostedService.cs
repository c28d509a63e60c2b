using MentorFlows.Runtime.Engine;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Runtime.Hosting;

/// <summary>Runs the engine's background loop for as long as the host runs (the local <c>serve</c> host).</summary>
internal sealed class EmbeddedDurableRuntimeHostedService(EmbeddedDurableEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}
