using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Clearance;

/// <summary>
/// DOMAIN.md "If the mentor is not cleared yet, the match waits for clearance, reminding the coordinator weekly"
/// (instance <c>clearance-{pseudonym}</c>; the interval is the scheme's <c>clearanceReminderIntervalDays</c>, 7 by default). A match is only ever made with a cleared mentor (a hard rule of matching),
/// so what waits is the place: mentees of the mentor's School left waiting while the mentor is not cleared. Every
/// interval, at the scheduled time, the coordinator is reminded, until the mentor is cleared (the command re-matches),
/// leaves, nobody in the School waits any more, or the scheme closes. Continues as new after each reminder.
/// </summary>
public sealed class ClearanceReminderOrchestrator : IOrchestrator<ClearanceReminderInput, int>
{
    private readonly SchemeYear _year;

    public ClearanceReminderOrchestrator(SchemeYear year) => _year = year;

    public async Task<int> RunAsync(IOrchestrationContext context, ClearanceReminderInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var start = _year.DateOf(input.WaitingSinceUtc);
        var dueAt = UtcInstants.ToDateTime(_year.Calendar.ScheduledTimeOn(start.PlusDays(_year.Scheme.ClearanceReminderIntervalDays * input.Number)));
        if (dueAt >= _year.ClosureAt)
        {
            return input.Number - 1;
        }

        await context.WaitUntilAsync(dueAt);
        var sent = await context.CallActivityAsync<bool>(
            nameof(SendClearanceReminderActivity), new ClearanceReminderStep(input.MentorId, input.Number, context.CurrentUtcDateTime), WorkflowRetries.Default);
        if (!sent)
        {
            return input.Number - 1;
        }

        context.ContinueAsNew(input with { Number = input.Number + 1 });
        return input.Number;
    }
}
