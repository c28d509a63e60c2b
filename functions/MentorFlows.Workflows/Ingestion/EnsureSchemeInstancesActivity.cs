using MentorFlows.Workflows.CheckIns;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Retention;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>Starts the scheme-level instances (check-in rounds and closure; final erasure) on the first upload; later uploads find them.</summary>
public sealed class EnsureSchemeInstancesActivity : IActivity<DateTime, int>
{
    private readonly IOrchestrationClient _client;

    public EnsureSchemeInstancesActivity(IOrchestrationClient client) => _client = client;

    public async Task<int> RunAsync(IActivityContext context, DateTime input, CancellationToken cancellationToken)
    {
        var started = 0;
        if (await _client.StartOnceAsync(nameof(CheckInRoundOrchestrator), new CheckInRoundsInput(), InstanceIds.CheckInRounds, cancellationToken).ConfigureAwait(false))
        {
            started++;
        }

        if (await _client.StartOnceAsync(nameof(RetentionOrchestrator), new RetentionInput(), InstanceIds.Retention, cancellationToken).ConfigureAwait(false))
        {
            started++;
        }

        return started;
    }
}
