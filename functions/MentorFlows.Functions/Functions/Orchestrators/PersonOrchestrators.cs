using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Concerns;
using MentorFlows.Workflows.Leaving;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions.Functions.Orchestrators;

/// <summary>What happens to one person: a concern's workflow, a student's leaving and the erasure after it. Shims, as in <see cref="SchemeYearOrchestrators"/>.</summary>
public static class PersonOrchestrators
{
    [Function(nameof(ConcernOrchestrator))]
    public static Task<ConcernResult> Concern([OrchestrationTrigger] TaskOrchestrationContext context, ConcernInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<ConcernOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);

    [Function(nameof(OptOutOrchestrator))]
    public static Task<LeavingResult> OptOut([OrchestrationTrigger] TaskOrchestrationContext context, LeavingInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<OptOutOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);
}
