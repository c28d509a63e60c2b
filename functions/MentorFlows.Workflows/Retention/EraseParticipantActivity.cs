using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Workflows.Retention;

/// <summary>Erases one participant now (<see cref="ParticipantEraser"/>), unless an open concern holds them.</summary>
public sealed class EraseParticipantActivity : IActivity<EraseParticipantInput, ErasureOutcome>
{
    private readonly ParticipantEraser _eraser;

    public EraseParticipantActivity(ParticipantEraser eraser) => _eraser = eraser;

    public Task<ErasureOutcome> RunAsync(IActivityContext context, EraseParticipantInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _eraser.EraseAsync(input.StudentId, input.Reason, input.AtUtc, cancellationToken);
    }
}
