using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>
/// One cohort upload (instance <c>cohort-{file}-{hash}</c>, so the same upload twice runs once): validate and enrol
/// (<see cref="ApplyCohortUploadActivity"/>), make sure the scheme-level instances run, match (waiting mentees first:
/// a later upload's late enrolments and mentors go through the same matching), and start each new match's lifecycle.
/// A corrected record can break a current match's hard rule (or cut a mentor's capacity): such matches end first
/// (<see cref="EndBrokenMatchesActivity"/>), their lifecycles are told, and their mentees are re-matched, waiting
/// first, through <see cref="RematchOrchestrator"/> (a rematch intro when a new mentor is found).
/// </summary>
public sealed class CohortIngestionOrchestrator : IOrchestrator<CohortIngestionInput, CohortIngestionResult>
{
    private readonly SchemeYear _year;

    public CohortIngestionOrchestrator(SchemeYear year) => _year = year;

    public async Task<CohortIngestionResult> RunAsync(IOrchestrationContext context, CohortIngestionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var applied = await context.CallActivityAsync<ApplyCohortUploadResult>(
            nameof(ApplyCohortUploadActivity), new ApplyCohortUploadInput(input.UploadId, context.CurrentUtcDateTime), WorkflowRetries.Default);
        if (applied.Status != CohortUploadStatus.Applied)
        {
            return new CohortIngestionResult(applied.Status, 0, 0, 0, 0, 0);
        }

        await context.CallActivityAsync<int>(nameof(EnsureSchemeInstancesActivity), context.CurrentUtcDateTime, WorkflowRetries.Default);
        var matching = new MatchingResult(0, 0);
        if (context.CurrentUtcDateTime < _year.ClosureAt)
        {
            var ended = await context.CallActivityAsync<IReadOnlyList<string>>(
                nameof(EndBrokenMatchesActivity), new ApplyCohortUploadInput(input.UploadId, context.CurrentUtcDateTime), WorkflowRetries.Default);
            foreach (var matchId in ended)
            {
                context.SendEvent(InstanceIds.Match(matchId), nameof(MatchSignal), new MatchSignal(MatchSignalKind.Ended));
            }

            if (ended.Count > 0)
            {
                var rematch = InstanceIds.RematchAfterCorrection(input.UploadId);
                await context.CallSubOrchestratorAsync<MatchingResult>(nameof(RematchOrchestrator), new RematchInput(rematch), rematch, WorkflowRetries.Default);
            }

            matching = await context.CallActivityAsync<MatchingResult>(
                nameof(MatchWaitingMenteesActivity), new MatchingInput(input.UploadId, context.CurrentUtcDateTime), WorkflowRetries.Default);
            await context.CallActivityAsync<int>(nameof(StartMatchLifecyclesActivity), new StartLifecyclesInput(input.UploadId), WorkflowRetries.Default);
            await context.CallActivityAsync<int>(nameof(Clearance.StartClearanceRemindersActivity), context.CurrentUtcDateTime, WorkflowRetries.Default);
        }

        WorkflowLog.CohortIngested(context.CreateReplaySafeLogger(nameof(CohortIngestionOrchestrator)), input.UploadId, applied.Status, applied.Enrolled, matching.Matched, matching.Waiting);
        return new CohortIngestionResult(applied.Status, applied.Enrolled, applied.Updated, applied.SkippedLeavers, matching.Matched, matching.Waiting);
    }
}
