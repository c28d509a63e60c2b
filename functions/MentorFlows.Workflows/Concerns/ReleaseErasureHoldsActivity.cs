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
/// wakes a leaving workflow waiting on the hold. Someone still held by another open concern stays. Returns how many
/// were erased.
/// </summary>
public sealed class ReleaseErasureHoldsActivity : IActivity<ConcernStepInput, int>
{
    private readonly SchemeYear _year;
    private readonly IConcernStore _concerns;
    private readonly IParticipantStore _participants;
    private readonly ParticipantEraser _eraser;
    private readonly IOrchestrationClient _client;
    private readonly StudentPseudonyms _pseudonyms;

    public ReleaseErasureHoldsActivity(
        SchemeYear year,
        IConcernStore concerns,
        IParticipantStore participants,
        ParticipantEraser eraser,
        IOrchestrationClient client,
        StudentPseudonyms pseudonyms)
    {
        _year = year;
        _concerns = concerns;
        _participants = participants;
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
            if (await _participants.GetAsync(studentId, cancellationToken).ConfigureAwait(false) is not { } participant
                || _year.ErasureDueAt(participant.LeftAtUtc) > UtcInstants.AsUtc(input.AtUtc))
            {
                continue;
            }

            var reason = participant.LeftAtUtc is null ? ErasureReason.SchemeEnded : ErasureReason.LeftEarly;
            if (await _eraser.EraseAsync(studentId, reason, input.AtUtc, cancellationToken).ConfigureAwait(false) == ErasureOutcome.Erased)
            {
                erased++;
                await _client.RaiseIfRunningAsync(InstanceIds.Leaving(_pseudonyms, studentId), nameof(ErasureRelease), new ErasureRelease(), cancellationToken).ConfigureAwait(false);
            }
        }

        return erased;
    }
}
