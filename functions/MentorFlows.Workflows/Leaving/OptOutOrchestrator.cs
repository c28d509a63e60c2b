using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Retention;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Leaving;

/// <summary>
/// A student leaving the scheme early (instance <c>optout-{pseudonym}</c>): a mentee opting out, a mentor resigning,
/// or a member removed after a concern (DOMAIN.md "Opt-out"). At once: recorded (no further email but the
/// confirmation), their matches ended and the lifecycles told, a leaving mentor's mentees re-matched (waiting mentees
/// first). In the contact window: the confirmation, and the mentor told a mentee has left. After the opt-out
/// retention period (or the final erasure, if sooner): their data erased, held while a concern about them is open.
/// It continues as new at each stage, and last with an input that no longer names the student.
/// </summary>
public sealed class OptOutOrchestrator : IOrchestrator<LeavingInput, LeavingResult>
{
    private readonly SchemeYear _year;

    public OptOutOrchestrator(SchemeYear year) => _year = year;

    public async Task<LeavingResult> RunAsync(IOrchestrationContext context, LeavingInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Stage == LeavingStage.Erased || input.StudentId is not { } studentId)
        {
            return new LeavingResult(input.Reason, Erased: true);
        }

        if (input.Stage == LeavingStage.Leaving)
        {
            var left = await context.CallActivityAsync<LeavingRecorded>(
                nameof(RecordLeavingActivity), new RecordLeavingInput(studentId, input.Reason, input.LeftAtUtc), WorkflowRetries.Default);
            if (left.Role is null)
            {
                return new LeavingResult(input.Reason, Erased: false);
            }

            foreach (var matchId in left.EndedMatchIds)
            {
                context.SendEvent(InstanceIds.Match(matchId), nameof(MatchSignal), new MatchSignal(MatchSignalKind.Ended));
            }

            if (left.RematchInstanceId is { } rematch)
            {
                await context.CallSubOrchestratorAsync<MatchingResult>(nameof(RematchOrchestrator), new RematchInput(rematch), rematch, WorkflowRetries.Default);
            }

            await context.WaitUntilAsync(_year.NextStudentSendTime(context.CurrentUtcDateTime));
            await context.CallActivityAsync<EmailBatchResult>(
                nameof(SendLeavingEmailsActivity), new LeavingEmailsInput(studentId, input.Reason, input.LeftAtUtc, left.EndedMatchIds, context.CurrentUtcDateTime), WorkflowRetries.Default);
            context.ContinueAsNew(input with { Stage = LeavingStage.AwaitingErasure });
            return new LeavingResult(input.Reason, Erased: false);
        }

        await context.WaitUntilAsync(_year.ErasureDueAt(input.LeftAtUtc));
        var erasure = await context.CallActivityAsync<ErasureOutcome>(
            nameof(EraseParticipantActivity), new EraseParticipantInput(studentId, context.CurrentUtcDateTime), WorkflowRetries.Default);
        if (erasure == ErasureOutcome.Held)
        {
            await context.WaitForExternalEvent<ErasureRelease>(nameof(ErasureRelease));
            context.ContinueAsNew(input);
            return new LeavingResult(input.Reason, Erased: false);
        }

        context.ContinueAsNew(new LeavingInput(null, input.Reason, input.LeftAtUtc, LeavingStage.Erased));
        return new LeavingResult(input.Reason, Erased: true);
    }
}
