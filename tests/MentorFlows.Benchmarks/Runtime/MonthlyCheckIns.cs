using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>The benchmark's workflow: a scheme year of monthly timers, one small activity after each (a check-in).</summary>
public sealed class MonthlyCheckIns : IOrchestrator<int, int>
{
    public async Task<int> RunAsync(IOrchestrationContext context, int months)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sent = 0;
        for (var month = 1; month <= months; month++)
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddMonths(1), CancellationToken.None);
            sent += await context.CallActivityAsync<int>(nameof(RecordCheckIn), month);
        }

        return sent;
    }
}
