using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Clearance;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Matching;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions.Functions.Orchestrators;

/// <summary>Matching and a match's year: a match's lifecycle, re-matching, the coordinator's clearance reminders. Shims, as in <see cref="SchemeYearOrchestrators"/>.</summary>
public static class MatchOrchestrators
{
    [Function(nameof(MatchLifecycleOrchestrator))]
    public static Task<MatchLifecycleResult> MatchLifecycle([OrchestrationTrigger] TaskOrchestrationContext context, MatchLifecycleInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<MatchLifecycleOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);

    [Function(nameof(RematchOrchestrator))]
    public static Task<MatchingResult> Rematch([OrchestrationTrigger] TaskOrchestrationContext context, RematchInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<RematchOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);

    [Function(nameof(ClearanceReminderOrchestrator))]
    public static Task<int> ClearanceReminders([OrchestrationTrigger] TaskOrchestrationContext context, ClearanceReminderInput input, FunctionContext executionContext) =>
        executionContext.InstanceServices.GetRequiredService<ClearanceReminderOrchestrator>().RunAsync(new DurableOrchestrationContextAdapter(context), input);
}
