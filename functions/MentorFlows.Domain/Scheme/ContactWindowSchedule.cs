using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// When a scheme email may reach a student (DOMAIN.md "Contact window", seed 000: communicate only 08:00–19:00).
/// The window is read in local wall-clock time of the scheme's zone, so it is right in GMT and BST alike and on the
/// days the clocks change. An email outside the window is deferred to the next opening, never dropped.
/// </summary>
/// <remarks>
/// Only emails to students are held to the window. Emails to staff (safeguarding alerts above all, and every other
/// staff email) go at once, whatever the hour: that split is decided by the email kind's audience
/// (<c>MentorFlows.Workflows.Email.EmailKindExtensions.IsSubjectToContactWindow</c>), not here.
/// </remarks>
public sealed class ContactWindowSchedule
{
    public ContactWindowSchedule(DateTimeZone zone, ContactWindow window)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(window);
        Zone = zone;
        Window = window;
    }

    public DateTimeZone Zone { get; }

    public ContactWindow Window { get; }

    /// <summary>The schedule of <paramref name="scheme"/>'s window in its zone.</summary>
    public static ContactWindowSchedule For(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new ContactWindowSchedule(SchemeZone.Of(scheme), scheme.ContactWindow);
    }

    /// <summary>True when the local time at <paramref name="instant"/> is in [From, To).</summary>
    public bool IsOpen(Instant instant)
    {
        var local = instant.InZone(Zone).TimeOfDay;
        return local >= Window.From && local < Window.To;
    }

    /// <summary>
    /// The earliest instant at or after <paramref name="instant"/> at which the window is open: <paramref name="instant"/>
    /// itself when open, otherwise the next local <see cref="ContactWindow.From"/> (today's if still ahead, else tomorrow's).
    /// </summary>
    public Instant NextOpening(Instant instant)
    {
        if (IsOpen(instant))
        {
            return instant;
        }

        var local = instant.InZone(Zone).LocalDateTime;
        var date = local.TimeOfDay < Window.From ? local.Date : local.Date.PlusDays(1);
        return EarliestAtOrAfter(date + Window.From, instant);
    }

    /// <summary>
    /// Maps a local opening time to the first instant at or after <paramref name="notBefore"/> that shows it. In the
    /// spring gap (the local time does not exist) the window opens when the clocks jump, at the end of the gap; in the
    /// autumn overlap (it exists twice) the earlier occurrence is taken unless it is already past.
    /// </summary>
    private Instant EarliestAtOrAfter(LocalDateTime opening, Instant notBefore)
    {
        var mapping = Zone.MapLocal(opening);
        return mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            1 => mapping.Single().ToInstant(),
            _ => mapping.First().ToInstant() >= notBefore ? mapping.First().ToInstant() : mapping.Last().ToInstant(),
        };
    }
}
