using MentorFlows.Domain.Engagement;
using MentorFlows.Domain.Retention;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Workflows.Year;

/// <summary>
/// The one scheme year the workflows run: its settings and the Domain rules built from them (calendar, contact
/// window, retention, engagement). Pure and immutable, so orchestrators may use it as freely as activities.
/// </summary>
public sealed class SchemeYear
{
    public SchemeYear(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Scheme = scheme;
        Calendar = new SchemeCalendar(scheme);
        Retention = new RetentionPolicy(Calendar);
        Engagement = new EngagementRules(scheme);
    }

    public SchemeSettings Scheme { get; }

    public SchemeCalendar Calendar { get; }

    public RetentionPolicy Retention { get; }

    public EngagementRules Engagement { get; }

    /// <summary>The calendar year the scheme starts in: concern references are numbered within it.</summary>
    public int StartYear => Scheme.Start.Year;

    /// <summary>The first instant at or after <paramref name="utc"/> at which a student email may go (the contact window).</summary>
    public DateTime NextStudentSendTime(DateTime utc) =>
        UtcInstants.ToDateTime(Calendar.ContactWindow.NextOpening(UtcInstants.ToInstant(utc)));

    /// <summary>When the data of someone who left at <paramref name="leftAtUtc"/> (or, if null, stayed) is due for erasure.</summary>
    public DateTime ErasureDueAt(DateTime? leftAtUtc) =>
        UtcInstants.ToDateTime(Retention.ErasureDueAt(leftAtUtc is { } left ? UtcInstants.ToInstant(left) : null));

    public DateTime ClosureAt => UtcInstants.ToDateTime(Calendar.ClosureAt);

    public DateTime FinalErasureAt => UtcInstants.ToDateTime(Calendar.ErasureAfterClosureAt);

    public LocalDate DateOf(DateTime utc) => Calendar.DateOf(UtcInstants.ToInstant(utc));
}
