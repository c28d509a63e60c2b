using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Concerns;

/// <summary>
/// One concern until a coordinator decides it (instance <c>concern-{reference}</c>, DOMAIN.md "Concerns"): staff alerted
/// at once, any hour, when triage says so (risk of harm: coordinator and escalation contacts); the reporter's
/// acknowledgement with the reference in the contact window; reminders to the coordinator at 2 and 5 working days,
/// then escalation; then the decision applied (pause, dissolve and re-match, remove) and the erasure of the people
/// in it released. The history holds the reference, instants and the outcome: never the text or the people.
/// </summary>
public sealed class ConcernOrchestrator : IOrchestrator<ConcernInput, ConcernResult>
{
    private readonly SchemeYear _year;

    public ConcernOrchestrator(SchemeYear year) => _year = year;

    public async Task<ConcernResult> RunAsync(IOrchestrationContext context, ConcernInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var reference = input.Reference;
        await context.CallActivityAsync<ConcernAlertLevel>(nameof(AlertConcernActivity), new ConcernStepInput(reference, context.CurrentUtcDateTime), WorkflowRetries.Default);
        await context.WaitUntilAsync(_year.NextStudentSendTime(context.CurrentUtcDateTime));
        await context.CallActivityAsync<bool>(nameof(AcknowledgeConcernActivity), new ConcernStepInput(reference, context.CurrentUtcDateTime), WorkflowRetries.Default);

        var raisedAt = UtcInstants.ToInstant(input.RaisedAtUtc);
        var reminders = ConcernFollowUp.RemindersFor(raisedAt, _year.Calendar);
        List<DateTime> followUps = [.. reminders.Select(UtcInstants.ToDateTime), UtcInstants.ToDateTime(ConcernFollowUp.EscalationFor(raisedAt, _year.Calendar))];
        ConcernDecision? decision = null;
        for (var index = 0; index < followUps.Count && decision is null; index++)
        {
            decision = await context.WaitForEventUntilAsync<ConcernDecision>(nameof(ConcernDecision), followUps[index]);
            if (decision is null)
            {
                var number = index < reminders.Count ? index + 1 : 0;
                await context.CallActivityAsync<bool>(nameof(RemindConcernActivity), new ConcernStepInput(reference, context.CurrentUtcDateTime, number), WorkflowRetries.Default);
            }
        }

        decision ??= await context.WaitForExternalEvent<ConcernDecision>(nameof(ConcernDecision));
        var applied = await context.CallActivityAsync<ConcernDecisionApplied>(
            nameof(DecideConcernActivity), new ConcernDecisionInput(reference, decision.Outcome, context.CurrentUtcDateTime), WorkflowRetries.Default);
        if (applied.PausedMatchId is { } paused)
        {
            context.SendEvent(InstanceIds.Match(paused), nameof(MatchSignal), new MatchSignal(MatchSignalKind.Paused));
        }

        if (applied.EndedMatchId is { } ended)
        {
            context.SendEvent(InstanceIds.Match(ended), nameof(MatchSignal), new MatchSignal(MatchSignalKind.Ended));
        }

        if (applied.RematchInstanceId is { } rematch)
        {
            await context.CallSubOrchestratorAsync<MatchingResult>(nameof(RematchOrchestrator), new RematchInput(rematch), rematch, WorkflowRetries.Default);
        }

        WorkflowLog.ConcernDecided(context.CreateReplaySafeLogger(nameof(ConcernOrchestrator)), reference.Value, decision.Outcome);
        var released = await context.CallActivityAsync<int>(nameof(ReleaseErasureHoldsActivity), new ConcernStepInput(reference, context.CurrentUtcDateTime), WorkflowRetries.Default);
        return new ConcernResult(decision.Outcome, released);
    }
}
