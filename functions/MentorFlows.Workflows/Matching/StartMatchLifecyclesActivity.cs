using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Matching;

/// <summary>
/// Starts a <see cref="MatchLifecycleOrchestrator"/> (<c>match-{matchId}</c>) for each current match a matching run
/// made. Idempotent: an instance that exists already is left alone. Returns how many it started.
/// </summary>
public sealed class StartMatchLifecyclesActivity : IActivity<StartLifecyclesInput, int>
{
    private readonly IMatchStore _matches;
    private readonly IOrchestrationClient _client;

    public StartMatchLifecyclesActivity(IMatchStore matches, IOrchestrationClient client)
    {
        _matches = matches;
        _client = client;
    }

    public async Task<int> RunAsync(IActivityContext context, StartLifecyclesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var started = 0;
        foreach (var match in await _matches.ListByBatchAsync(input.BatchId, cancellationToken).ConfigureAwait(false))
        {
            if (match.IsCurrent && await _client.StartOnceAsync(
                    nameof(MatchLifecycleOrchestrator), new MatchLifecycleInput(match.MatchId, match.MatchedAtUtc), InstanceIds.Match(match.MatchId), cancellationToken).ConfigureAwait(false))
            {
                started++;
            }
        }

        return started;
    }
}
