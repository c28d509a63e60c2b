using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Matching;

/// <summary>
/// Matches waiting mentees first when capacity appears (DOMAIN.md "Matching"): after a mentor is cleared, a mentor
/// leaves (their mentees wait now), or a match is dissolved. Instance ids name the cause (<see cref="InstanceIds"/>),
/// so one cause re-matches once. After the scheme's closure there is nothing left to match.
/// </summary>
public sealed class RematchOrchestrator : IOrchestrator<RematchInput, MatchingResult>
{
    private readonly SchemeYear _year;

    public RematchOrchestrator(SchemeYear year) => _year = year;

    public async Task<MatchingResult> RunAsync(IOrchestrationContext context, RematchInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (context.CurrentUtcDateTime >= _year.ClosureAt)
        {
            return new MatchingResult(0, 0);
        }

        var result = await context.CallActivityAsync<MatchingResult>(nameof(MatchWaitingMenteesActivity), new MatchingInput(input.BatchId, context.CurrentUtcDateTime), WorkflowRetries.Default);
        await context.CallActivityAsync<int>(nameof(StartMatchLifecyclesActivity), new StartLifecyclesInput(input.BatchId), WorkflowRetries.Default);
        await context.CallActivityAsync<int>(nameof(Clearance.StartClearanceRemindersActivity), context.CurrentUtcDateTime, WorkflowRetries.Default);
        return result;
    }
}
