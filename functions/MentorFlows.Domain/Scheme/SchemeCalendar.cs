using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// The dates of a scheme year (DOMAIN.md "The year of a match"), all read in the scheme's zone:
/// <list type="bullet">
/// <item>its <see cref="Months"/>: calendar months clipped to Start–End (1 October – 30 April by default: 7 months);</item>
/// <item>its <see cref="CheckInRounds"/>: on the first working day of each month after the first, at
/// <see cref="SchemeSettings.ScheduledSendTime"/>, asking about the month just ended. "Each month of the scheme" is
/// thus asked about exactly once: October to March by the rounds of November to April, and April, the last month,
/// by the closure's final feedback survey on the end date. A round on 1 October would ask about a month that has
/// not happened; working days keep the email off weekends and bank holidays (1 January);</item>
/// <item>the review surveys of a match (<see cref="ReviewSurveysForMatch"/>), the closure (<see cref="ClosureAt"/>)
/// and the erasure deadlines.</item>
/// </list>
/// Every instant meant for students here lies inside the contact window.
/// </summary>
public sealed class SchemeCalendar
{
    public SchemeCalendar(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Validate(scheme);
        Scheme = scheme;
        Zone = SchemeZone.Of(scheme);
        ContactWindow = new ContactWindowSchedule(Zone, scheme.ContactWindow);
        WorkingDays = WorkingDays.For(scheme);
        Months = BuildMonths(scheme.Start, scheme.End);
        CheckInRounds = BuildCheckInRounds();
        ClosureAt = StudentEmailOn(scheme.End);
        ErasureAfterClosureAt = PlusLocalDays(ClosureAt, scheme.RetentionDaysAfterEnd);
    }

    public SchemeSettings Scheme { get; }

    public DateTimeZone Zone { get; }

    public ContactWindowSchedule ContactWindow { get; }

    public WorkingDays WorkingDays { get; }

    /// <summary>The scheme's months in order, numbered from 1.</summary>
    public IReadOnlyList<SchemeMonth> Months { get; }

    /// <summary>Every check-in round of the year in order, numbered from 1.</summary>
    public IReadOnlyList<CheckInRound> CheckInRounds { get; }

    /// <summary>Local midnight at the start of <see cref="SchemeSettings.Start"/>.</summary>
    public Instant StartsAt => Zone.AtStartOfDay(Scheme.Start).ToInstant();

    /// <summary>End-of-year closure: the end date at the scheduled send time (inside the contact window).</summary>
    public Instant ClosureAt { get; }

    /// <summary>
    /// Whether a cohort upload received at <paramref name="receivedAt"/> may be taken in: only before
    /// <see cref="ClosureAt"/> (exclusive). From closure on the year's matches have ended and its data only waits to be
    /// erased, so an upload would enrol a whole cohort for the closure's erasure to delete it unmatched and unwritten
    /// to: it is refused, and the coordinator uploads with next year's scheme file. Any time before closure is fine,
    /// before <see cref="SchemeSettings.Start"/> included: a cohort is usually uploaded ahead of the year (the demo
    /// uploads a week before), and its matches start when the scheme does.
    /// </summary>
    public bool AcceptsCohortUploadAt(Instant receivedAt) => receivedAt < ClosureAt;

    /// <summary>When the personal data of everyone still in the scheme at closure is erased: closure + <see cref="SchemeSettings.RetentionDaysAfterEnd"/> days, same local time.</summary>
    public Instant ErasureAfterClosureAt { get; }

    /// <summary>The scheme-local date of <paramref name="instant"/>.</summary>
    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The scheme month containing <paramref name="date"/>, or null outside the scheme.</summary>
    public SchemeMonth? MonthOf(LocalDate date) => Months.FirstOrDefault(month => month.Contains(date));

    /// <summary><paramref name="date"/> at the scheduled send time, with no contact window applied (staff emails).</summary>
    public Instant ScheduledTimeOn(LocalDate date) =>
        LocalTimeResolution.Earliest(Zone, date + Scheme.ScheduledSendTime);

    /// <summary><paramref name="date"/> at the scheduled send time, deferred to the contact window if need be (student emails).</summary>
    public Instant StudentEmailOn(LocalDate date) => ContactWindow.NextOpening(ScheduledTimeOn(date));

    /// <summary>
    /// The check-in rounds that ask about a month the match was running in: those whose covered month ends on or after
    /// <paramref name="matchStart"/>. A match made before the scheme starts gets every round.
    /// </summary>
    public IReadOnlyList<CheckInRound> CheckInRoundsForMatch(LocalDate matchStart) =>
        [.. CheckInRounds.Where(round => round.CoveredMonth.LastDay >= matchStart)];

    /// <summary>
    /// The review surveys of a match started on <paramref name="matchStart"/> (counted from the scheme start if earlier):
    /// <see cref="SchemeSettings.ReviewAfterMonths"/> months later, moved to the next working day, at the scheduled time.
    /// A review due on or after the end date is not sent: the closure's final feedback survey is that match's end-point
    /// review, so nobody gets two surveys on the closure day or any after the scheme.
    /// </summary>
    public IReadOnlyList<ReviewSurvey> ReviewSurveysForMatch(LocalDate matchStart)
    {
        var from = LocalDate.Max(matchStart, Scheme.Start);
        var reviews = new List<ReviewSurvey>();
        for (var index = 0; index < Scheme.ReviewAfterMonths.Count; index++)
        {
            var months = Scheme.ReviewAfterMonths[index];
            var date = WorkingDays.OnOrAfter(from.PlusMonths(months));
            if (date < Scheme.End)
            {
                reviews.Add(new ReviewSurvey((ReviewPoint)index, months, StudentEmailOn(date)));
            }
        }

        return reviews;
    }

    /// <summary>When the data of someone who left at <paramref name="leftAt"/> is due for erasure: + <see cref="SchemeSettings.RetentionDaysAfterOptOut"/> days, same local time.</summary>
    public Instant ErasureAfterLeavingAt(Instant leftAt) => PlusLocalDays(leftAt, Scheme.RetentionDaysAfterOptOut);

    private Instant PlusLocalDays(Instant instant, int days) =>
        LocalTimeResolution.Earliest(Zone, instant.InZone(Zone).LocalDateTime.PlusDays(days));

    private List<CheckInRound> BuildCheckInRounds()
    {
        var rounds = new List<CheckInRound>();
        for (var index = 1; index < Months.Count; index++)
        {
            var date = WorkingDays.OnOrAfter(Months[index].FirstDay);
            if (date <= Scheme.End)
            {
                rounds.Add(new CheckInRound(rounds.Count + 1, Months[index - 1], StudentEmailOn(date)));
            }
        }

        return rounds;
    }

    private static List<SchemeMonth> BuildMonths(LocalDate start, LocalDate end)
    {
        var months = new List<SchemeMonth>();
        for (var first = start; first <= end;)
        {
            var nextMonth = first.With(DateAdjusters.StartOfMonth).PlusMonths(1);
            var last = LocalDate.Min(nextMonth.PlusDays(-1), end);
            months.Add(new SchemeMonth(months.Count + 1, first, last));
            first = nextMonth;
        }

        return months;
    }

    private static void Validate(SchemeSettings scheme)
    {
        if (scheme.End < scheme.Start)
        {
            throw new ArgumentException($"The scheme ends ({scheme.End:yyyy-MM-dd}) before it starts ({scheme.Start:yyyy-MM-dd}).", nameof(scheme));
        }

        var window = scheme.ContactWindow;
        if (scheme.ScheduledSendTime < window.From || scheme.ScheduledSendTime >= window.To)
        {
            throw new ArgumentException(
                $"The scheduled send time {scheme.ScheduledSendTime:HH:mm} must lie inside the contact window {window.From:HH:mm}–{window.To:HH:mm}.",
                nameof(scheme));
        }

        var reviews = scheme.ReviewAfterMonths;
        if (reviews.Count > Enum.GetValues<ReviewPoint>().Length
            || reviews.Any(months => months < 1)
            || reviews.Zip(reviews.Skip(1)).Any(pair => pair.First >= pair.Second))
        {
            throw new ArgumentException("Review months must be at most two increasing whole numbers of months (mid-point, end-point), e.g. [3, 6].", nameof(scheme));
        }

        var reminders = scheme.ConcernReminderWorkingDays;
        if (reminders.Any(days => days < 1) || reminders.Any(days => days >= scheme.ConcernEscalationWorkingDays))
        {
            throw new ArgumentException("Concern reminders must fall on working day 1 or later and before the escalation day.", nameof(scheme));
        }

        if (scheme.RetentionDaysAfterEnd < 0 || scheme.RetentionDaysAfterOptOut < 0)
        {
            throw new ArgumentException("Retention periods cannot be negative.", nameof(scheme));
        }
    }
}
