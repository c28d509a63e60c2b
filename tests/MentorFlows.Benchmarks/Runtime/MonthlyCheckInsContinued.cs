using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>
/// <see cref="MonthlyCheckIns"/> written the bounded-history way: one month per execution, then <c>ContinueAsNew</c>
/// with the months left, so an instance's history never holds more than one month.
/// </summary>
public sealed class MonthlyCheckInsContinued : IOrchestrator<int, int>
{
    public async Task<int> RunAsync(IOrchestrationContext context, int monthsLeft)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.CreateTimer(context.CurrentUtcDateTime.AddMonths(1), CancellationToken.None);
        await context.CallActivityAsync<int>(nameof(RecordCheckIn), monthsLeft);
        if (monthsLeft > 1)
        {
            context.ContinueAsNew(monthsLeft - 1);
        }

        return monthsLeft;
    }
}
