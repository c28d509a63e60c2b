using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>Starts the scheme-level instances (<see cref="SchemeInstances"/>) on the first upload; later uploads find them.</summary>
public sealed class EnsureSchemeInstancesActivity : IActivity<DateTime, int>
{
    private readonly IOrchestrationClient _client;

    public EnsureSchemeInstancesActivity(IOrchestrationClient client) => _client = client;

    public Task<int> RunAsync(IActivityContext context, DateTime input, CancellationToken cancellationToken) =>
        SchemeInstances.EnsureStartedAsync(_client, cancellationToken);
}
