using MentorFlows.Workflows.Leaving;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Retention;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Concerns;

/// <summary>
/// After a decision, erases the people in the concern whose retention ran out while it held them (DOMAIN.md: "While a
/// concern is open, the data of the people involved is not erased"; once decided, data already due goes at once), and
/// wakes a leaving workflow waiting on the hold. It decides nothing itself: <see cref="ParticipantEraser"/> asks
/// Domain's RetentionPolicy, so someone not yet due, or still held by another open concern, stays. Returns how many
/// were erased.
/// </summary>
public sealed class ReleaseErasureHoldsActivity : IActivity<ConcernStepInput, int>
{
    private readonly IConcernStore _concerns;
    private readonly ParticipantEraser _eraser;
    private readonly IOrchestrationClient _client;
    private readonly StudentPseudonyms _pseudonyms;

    public ReleaseErasureHoldsActivity(IConcernStore concerns, ParticipantEraser eraser, IOrchestrationClient client, StudentPseudonyms pseudonyms)
    {
        _concerns = concerns;
        _eraser = eraser;
        _client = client;
        _pseudonyms = pseudonyms;
    }

    public async Task<int> RunAsync(IActivityContext context, ConcernStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var concern = await _concerns.GetAsync(input.Reference, cancellationToken).ConfigureAwait(false);
        var erased = 0;
        foreach (var studentId in new[] { concern?.ReporterId, concern?.AboutId }.OfType<string>().Distinct(StringComparer.Ordinal).ToList())
        {
            if (await _eraser.EraseAsync(studentId, input.AtUtc, cancellationToken).ConfigureAwait(false) == ErasureOutcome.Erased)
            {
                erased++;
                await _client.RaiseIfRunningAsync(InstanceIds.Leaving(_pseudonyms, studentId), nameof(ErasureRelease), new ErasureRelease(), cancellationToken).ConfigureAwait(false);
            }
        }

        return erased;
    }
}
