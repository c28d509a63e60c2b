using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Retention;

/// <summary>
/// The year's final erasure (instance <c>retention</c>, DOMAIN.md "GDPR deletion timer"): at closure + the retention
/// period it erases everyone whose data is due and not held by an open concern, in batches, then forgets the
/// departure register and purges every finished workflow history. Those held are erased when their last concern is
/// decided (ConcernOrchestrator).
/// </summary>
public sealed class RetentionOrchestrator : IOrchestrator<RetentionInput, RetentionResult>
{
    public const int ParticipantsPerBatch = 250;

    private readonly SchemeYear _year;

    public RetentionOrchestrator(SchemeYear year) => _year = year;

    public async Task<RetentionResult> RunAsync(IOrchestrationContext context, RetentionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.WaitUntilAsync(_year.FinalErasureAt);
        var erased = 0;
        ErasureSweepResult batch;
        do
        {
            batch = await context.CallActivityAsync<ErasureSweepResult>(
                nameof(EraseDueParticipantsActivity), new ErasureSweepInput(ParticipantsPerBatch, context.CurrentUtcDateTime), WorkflowRetries.Default);
            erased += batch.Erased;
        }
        while (batch.HasMore);

        var purged = await context.CallActivityAsync<int>(nameof(FinishRetentionActivity), context.CurrentUtcDateTime, WorkflowRetries.Default);
        WorkflowLog.RetentionFinished(context.CreateReplaySafeLogger(nameof(RetentionOrchestrator)), erased, batch.Held, purged);
        return new RetentionResult(erased, batch.Held, purged);
    }
}
