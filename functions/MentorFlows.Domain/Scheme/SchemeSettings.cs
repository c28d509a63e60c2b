using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// One scheme year's configuration (DESIGN.md scheme file). Every number of DOMAIN.md is a default here,
/// so a scheme can change it. Dates are calendar dates in <see cref="TimeZone"/>; <see cref="End"/> is inclusive.
/// </summary>
public sealed record SchemeSettings
{
    public required string Name { get; init; }

    /// <summary>IANA zone id, e.g. Europe/London. All scheme dates and the contact window are read in it.</summary>
    public required string TimeZone { get; init; }

    /// <summary>First day of the scheme; ages are taken on this day.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Last day of the scheme (inclusive); closure happens on it.</summary>
    public required LocalDate End { get; init; }

    public required ContactWindow ContactWindow { get; init; }

    /// <summary>Participants' email domains (002: only university email). Compared case-insensitively.</summary>
    public required IReadOnlyList<string> AllowedEmailDomains { get; init; }

    public required string FromAddress { get; init; }

    public required string CoordinatorEmail { get; init; }

    /// <summary>Who is alerted at once about safeguarding (000: e.g. the Dean of Students office).</summary>
    public required IReadOnlyList<string> EscalationEmails { get; init; }

    /// <summary>Mentees per mentor unless the cohort row overrides it (000: a group of mentees).</summary>
    public int DefaultMentorCapacity { get; init; } = 5;

    /// <summary>A per-mentor capacity above this is taken for a typing error.</summary>
    public int MaximumMentorCapacity { get; init; } = 20;

    public int RetentionDaysAfterEnd { get; init; } = 30;

    public int RetentionDaysAfterOptOut { get; init; } = 30;

    /// <summary>When false (the default) a cohort file with any invalid row changes nothing.</summary>
    public bool AcceptValidRows { get; init; }

    /// <summary>Months after a match starts at which review surveys go out (003, 004: mid-point and end-point).</summary>
    public IReadOnlyList<int> ReviewAfterMonths { get; init; } = [3, 6];

    /// <summary>Consecutive months without a meeting before the mentor is nudged (002: lack of commitment).</summary>
    public int NudgeAfterMonthsWithoutMeeting { get; init; } = 2;

    /// <summary>Consecutive months without a meeting before the coordinator is told.</summary>
    public int TellCoordinatorAfterMonthsWithoutMeeting { get; init; } = 3;

    /// <summary>Hours a month with one mentee above which the coordinator is told (000: 2–4 hours; over-reliance).</summary>
    public decimal MaximumHoursPerMonth { get; init; } = 4m;

    /// <summary>Working days after a concern is raised at which the coordinator is reminded; escalation follows at <see cref="ConcernEscalationWorkingDays"/>.</summary>
    public IReadOnlyList<int> ConcernReminderWorkingDays { get; init; } = [2, 5];

    /// <summary>Days between reminders to the coordinator while a match waits for its mentor's clearance.</summary>
    public int ClearanceReminderIntervalDays { get; init; } = 7;

    /// <summary>
    /// Local time of day at which scheduled emails go out: check-in rounds, reviews, closure, coordinator reminders.
    /// Must lie inside <see cref="ContactWindow"/> (checked by <see cref="SchemeCalendar"/>).
    /// </summary>
    public LocalTime ScheduledSendTime { get; init; } = new(10, 0);

    /// <summary>Public holidays that are not working days (concern reminders, check-in rounds). Defaults to England and Wales.</summary>
    public IReadOnlyList<LocalDate> BankHolidays { get; init; } = EnglandAndWalesBankHolidays.Dates;

    /// <summary>
    /// Working days after a concern is raised at which, still undecided, it is escalated to the escalation contacts.
    /// Follows the last of <see cref="ConcernReminderWorkingDays"/> (default: two working days after the 5-day reminder).
    /// </summary>
    public int ConcernEscalationWorkingDays { get; init; } = 7;

    /// <summary>
    /// When true (the default) a month in which neither mentor nor mentee answered the check-in counts as a month
    /// without a meeting: silence is itself the lack of engagement 002 warns about. When false it counts as neither.
    /// </summary>
    public bool UnansweredCheckInCountsAsNoMeeting { get; init; } = true;

    /// <summary>
    /// Folder whose <c>{kind}.html</c> / <c>{kind}.txt</c> files replace the built-in email templates; null uses the
    /// built-in ones. Read by the host through a template source port, never by the rules.
    /// </summary>
    public string? TemplatesFolder { get; init; }
}
