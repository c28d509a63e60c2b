using MentorFlows.Domain.Retention;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Retention;

/// <summary>
/// One batch of the final erasure: every participant whose retention has run out and whom no open concern holds
/// (Domain's <see cref="RetentionPolicy"/>, asked through <see cref="RetentionCheck"/>) is erased, up to the batch
/// size; those it holds are counted.
/// </summary>
public sealed class EraseDueParticipantsActivity : IActivity<ErasureSweepInput, ErasureSweepResult>
{
    private readonly IParticipantStore _participants;
    private readonly RetentionCheck _retention;
    private readonly ParticipantEraser _eraser;

    public EraseDueParticipantsActivity(IParticipantStore participants, RetentionCheck retention, ParticipantEraser eraser)
    {
        _participants = participants;
        _retention = retention;
        _eraser = eraser;
    }

    public async Task<ErasureSweepResult> RunAsync(IActivityContext context, ErasureSweepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var erased = 0;
        var held = 0;
        foreach (var participant in await _participants.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (erased == input.MaxParticipants)
            {
                return new ErasureSweepResult(erased, held, HasMore: true);
            }

            // Asked here, not only inside the eraser, to count the held without writing an ErasureHeld entry for
            // each of them; the eraser asks again (the same policy on the same facts) before it erases.
            var decision = await _retention.DecideAsync(participant, input.AtUtc, cancellationToken).ConfigureAwait(false);
            switch (decision.Status)
            {
                case RetentionStatus.EraseNow when await _eraser.EraseAsync(participant.StudentId, input.AtUtc, cancellationToken).ConfigureAwait(false) == ErasureOutcome.Erased:
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
