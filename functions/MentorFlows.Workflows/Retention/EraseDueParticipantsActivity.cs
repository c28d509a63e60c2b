using MentorFlows.Domain.Retention;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Retention;

/// <summary>
/// One batch of the final erasure: every participant whose retention has run out (Domain's
/// <see cref="RetentionPolicy"/>) and whom no open concern holds is erased, up to the batch size.
/// </summary>
public sealed class EraseDueParticipantsActivity : IActivity<ErasureSweepInput, ErasureSweepResult>
{
    private readonly SchemeYear _year;
    private readonly IParticipantStore _participants;
    private readonly IConcernStore _concerns;
    private readonly ParticipantEraser _eraser;

    public EraseDueParticipantsActivity(SchemeYear year, IParticipantStore participants, IConcernStore concerns, ParticipantEraser eraser)
    {
        _year = year;
        _participants = participants;
        _concerns = concerns;
        _eraser = eraser;
    }

    public async Task<ErasureSweepResult> RunAsync(IActivityContext context, ErasureSweepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = UtcInstants.ToInstant(input.AtUtc);
        var erased = 0;
        var held = 0;
        foreach (var participant in await _participants.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (erased == input.MaxParticipants)
            {
                return new ErasureSweepResult(erased, held, HasMore: true);
            }

            var open = await _concerns.ListOpenForStudentAsync(participant.StudentId, cancellationToken).ConfigureAwait(false);
            var left = participant.LeftAtUtc is { } at ? UtcInstants.ToInstant(at) : (NodaTime.Instant?)null;
            var decision = _year.Retention.Decide(now, left, [.. open.Select(c => c.Reference)]);
            var reason = participant.LeftAtUtc is null ? ErasureReason.SchemeEnded : ErasureReason.LeftEarly;
            switch (decision.Status)
            {
                case RetentionStatus.EraseNow when await _eraser.EraseAsync(participant.StudentId, reason, input.AtUtc, cancellationToken).ConfigureAwait(false) == ErasureOutcome.Erased:
                    erased++;
                    break;
                case RetentionStatus.HeldByOpenConcern:
                    held++;
                    break;
            }
        }

        return new ErasureSweepResult(erased, held, HasMore: false);
    }
}
