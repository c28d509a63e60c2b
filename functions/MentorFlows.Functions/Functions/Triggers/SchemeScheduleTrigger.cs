using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Commands;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Functions.Functions.Triggers;

/// <summary>
/// The monthly check-in rounds are not started by a timer trigger: one scheme-level orchestration
/// (<c>CheckInRoundOrchestrator</c>, instance <c>checkin-rounds</c>) waits for each round's date and the contact window on
/// durable timers, in the scheme's time zone. This daily trigger is the safety net that keeps that orchestration (and
/// the final erasure's) running: <see cref="SchemeCommands.EnsureSchemeSchedulesAsync"/> starts whichever is missing,
/// and does nothing once they run.
/// </summary>
public static class SchemeScheduleTrigger
{
    /// <summary>
    /// NCRONTAB, six fields, 06:15 every day in UTC. Flex Consumption runs timers in UTC only (WEBSITE_TIME_ZONE is not
    /// supported on Linux Consumption or Flex Consumption), and this needs no local time: it sends nothing itself.
    /// </summary>
    public const string Schedule = "0 15 6 * * *";

    [Function(nameof(EnsureSchemeSchedules))]
    public static async Task EnsureSchemeSchedules(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        FunctionContext executionContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var services = executionContext.InstanceServices;
        services.GetRequiredService<BoundDurableClient>().Bind(client);
        var started = await services.GetRequiredService<SchemeCommands>().EnsureSchemeSchedulesAsync(cancellationToken).ConfigureAwait(false);
        executionContext.GetLogger(nameof(EnsureSchemeSchedules)).LogInformation("Scheme schedules checked: {Started} started.", started);
    }
}
