using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Concerns;

/// <summary>
/// While a concern waits for a coordinator decision (DOMAIN.md: reminders at 2 and 5 working days, then escalation):
/// reminders to the coordinator on the <see cref="SchemeSettings.ConcernReminderWorkingDays"/>-th working days after
/// the day it was raised, escalation on the <see cref="SchemeSettings.ConcernEscalationWorkingDays"/>-th, each at the
/// scheduled send time. Days are counted from the local date it was raised: Friday's concern is reminded on Tuesday.
/// A decision cancels what has not happened yet (the orchestrator's business).
/// </summary>
public static class ConcernFollowUp
{
    /// <summary>The reminder instants, in order.</summary>
    public static IReadOnlyList<Instant> RemindersFor(Instant raisedAt, SchemeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var raisedOn = calendar.DateOf(raisedAt);
        return [.. calendar.Scheme.ConcernReminderWorkingDays
            .Order()
            .Select(days => calendar.ScheduledTimeOn(calendar.WorkingDays.Add(raisedOn, days)))];
    }

    /// <summary>When an undecided concern is escalated to the escalation contacts.</summary>
    public static Instant EscalationFor(Instant raisedAt, SchemeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var raisedOn = calendar.DateOf(raisedAt);
        return calendar.ScheduledTimeOn(calendar.WorkingDays.Add(raisedOn, calendar.Scheme.ConcernEscalationWorkingDays));
    }
}
