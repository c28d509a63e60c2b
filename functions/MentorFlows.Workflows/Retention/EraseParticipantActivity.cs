using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Workflows.Retention;

/// <summary>Erases one participant now (<see cref="ParticipantEraser"/>), if the retention policy says their data is due and not held.</summary>
public sealed class EraseParticipantActivity : IActivity<EraseParticipantInput, ErasureOutcome>
{
    private readonly ParticipantEraser _eraser;

    public EraseParticipantActivity(ParticipantEraser eraser) => _eraser = eraser;

    public Task<ErasureOutcome> RunAsync(IActivityContext context, EraseParticipantInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _eraser.EraseAsync(input.StudentId, input.AtUtc, cancellationToken);
    }
}
