using MentorFlows.Workflows.CheckIns;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Retention;

namespace MentorFlows.Workflows.Year;

/// <summary>
/// The scheme-level instances that run the year on their own durable timers: the monthly check-in rounds with the
/// end-of-year closure (<see cref="InstanceIds.CheckInRounds"/>) and the final erasure (<see cref="InstanceIds.Retention"/>).
/// </summary>
public static class SchemeInstances
{
    /// <summary>Starts each of them that has no instance yet (a finished or failed one is left as it is); returns how many it started.</summary>
    public static async Task<int> EnsureStartedAsync(IOrchestrationClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var started = 0;
        if (await client.StartOnceAsync(nameof(CheckInRoundOrchestrator), new CheckInRoundsInput(), InstanceIds.CheckInRounds, cancellationToken).ConfigureAwait(false))
        {
            started++;
        }

        if (await client.StartOnceAsync(nameof(RetentionOrchestrator), new RetentionInput(), InstanceIds.Retention, cancellationToken).ConfigureAwait(false))
        {
            started++;
        }

        return started;
    }
}
