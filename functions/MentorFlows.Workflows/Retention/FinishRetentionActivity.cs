using System.Globalization;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Retention;

/// <summary>
/// Ends the year's retention: forgets the departure register's pseudonyms (no upload of this year can come any more)
/// and purges every finished workflow instance with its history. Instances still running (an erasure held by an open
/// concern) are purged by the erasure that ends them. Returns how many instances were purged.
/// </summary>
public sealed class FinishRetentionActivity : IActivity<DateTime, int>
{
    private readonly IDepartureRegister _departures;
    private readonly IOrchestrationClient _client;
    private readonly SchemeTimeline _timeline;

    public FinishRetentionActivity(IDepartureRegister departures, IOrchestrationClient client, SchemeTimeline timeline)
    {
        _departures = departures;
        _client = client;
        _timeline = timeline;
    }

    public async Task<int> RunAsync(IActivityContext context, DateTime input, CancellationToken cancellationToken)
    {
        await _departures.ClearAsync(cancellationToken).ConfigureAwait(false);
        var purged = await _client.PurgeAllInstancesAsync(new PurgeInstancesFilter(), cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.HistoriesPurged, InstanceIds.Retention, input, cancellationToken, discriminator: "final",
            details: new Dictionary<string, string> { ["instances"] = purged.PurgedInstanceCount.ToString(CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        return purged.PurgedInstanceCount;
    }
}
