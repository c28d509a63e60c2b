using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.CheckIns;
using MentorFlows.Workflows.Ingestion;
using MentorFlows.Workflows.Retention;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions.Functions.Orchestrators;

/// <summary>
/// The scheme-level orchestrators: a cohort's ingestion, the monthly check-in rounds with closure, the final erasure.
/// Each is a shim: the Workflows orchestrator of the same name over <see cref="DurableOrchestrationContextAdapter"/>.
/// </summary>
public static class SchemeYearOrchestrators
{
    [Function(nameof(CohortIngestionOrchestrator))]
    public static Task<CohortIngestionResult> CohortIngestion([OrchestrationTrigger] TaskOrchestrationContext context, CohortIngestionInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<CohortIngestionOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);

    [Function(nameof(CheckInRoundOrchestrator))]
    public static Task<CheckInRoundsResult> CheckInRounds([OrchestrationTrigger] TaskOrchestrationContext context, CheckInRoundsInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<CheckInRoundOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);

    [Function(nameof(RetentionOrchestrator))]
    public static Task<RetentionResult> Retention([OrchestrationTrigger] TaskOrchestrationContext context, RetentionInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<RetentionOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);
}
