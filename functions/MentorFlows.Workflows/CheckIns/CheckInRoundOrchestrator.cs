using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.CheckIns;

/// <summary>
/// The scheme's monthly check-in rounds and its end-of-year closure (instance <c>checkin-rounds</c>): one durable
/// timer a month for the whole scheme, not one per pair. At each round (Domain's SchemeCalendar: the first working day
/// of each month after the first, at the scheduled time) it sweeps the current matches a page of mentors at a time
/// (<see cref="CheckInPageActivity"/>), then continues as new for the next round; after the last round it waits for
/// the end date and sweeps once more to close every match (<see cref="ClosurePageActivity"/>). Its history holds
/// round numbers, page cursors (mentor ids) and counts, and is reset every month.
/// </summary>
public sealed class CheckInRoundOrchestrator : IOrchestrator<CheckInRoundsInput, CheckInRoundsResult>
{
    /// <summary>Mentors per activity call: small enough to retry cheaply, large enough to keep the history short.</summary>
    public const int MentorsPerPage = 100;

    private readonly SchemeYear _year;

    public CheckInRoundOrchestrator(SchemeYear year) => _year = year;

    public async Task<CheckInRoundsResult> RunAsync(IOrchestrationContext context, CheckInRoundsInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var rounds = _year.Calendar.CheckInRounds;
        if (input.NextRound <= rounds.Count)
        {
            var round = rounds[input.NextRound - 1];
            var sent = await SweepAsync(context, nameof(CheckInPageActivity), round.Number, UtcInstants.ToDateTime(round.At));
            WorkflowLog.CheckInRoundSent(context.CreateReplaySafeLogger(nameof(CheckInRoundOrchestrator)), round.Number, sent);
            context.ContinueAsNew(input with { NextRound = input.NextRound + 1 });
            return new CheckInRoundsResult(round.Number, 0);
        }

        var closure = await SweepAsync(context, nameof(ClosurePageActivity), 0, _year.ClosureAt);
        return new CheckInRoundsResult(rounds.Count, closure);
    }

    /// <summary>Waits for <paramref name="dueAt"/> (and the contact window, should the sweep run late), then runs every page.</summary>
    private async Task<int> SweepAsync(IOrchestrationContext context, string pageActivity, int round, DateTime dueAt)
    {
        await context.WaitUntilAsync(dueAt);
        var at = _year.NextStudentSendTime(context.CurrentUtcDateTime);
        await context.WaitUntilAsync(at);
        var sent = 0;
        string? after = null;
        SweepPageResult page;
        do
        {
            page = await context.CallActivityAsync<SweepPageResult>(pageActivity, new SweepPageInput(round, after, MentorsPerPage, at), WorkflowRetries.Default);
            sent += page.Sent;
            after = page.LastMentorId;
        }
        while (page.HasMore);

        return sent;
    }
}
