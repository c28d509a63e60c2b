using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// The local hours in which scheme emails may reach students (DOMAIN.md "Contact window").
/// <see cref="From"/> is inclusive and <see cref="To"/> exclusive: with 08:00–19:00 an email may go at 18:59, not at 19:00.
/// </summary>
public sealed record ContactWindow
{
    public ContactWindow(LocalTime from, LocalTime to)
    {
        if (from >= to)
        {
            throw new ArgumentException($"The contact window must open before it closes (from {from:HH:mm}, to {to:HH:mm}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public LocalTime From { get; }

    public LocalTime To { get; }

    /// <summary>08:00–19:00, the hours in seed 000.</summary>
    public static ContactWindow Default { get; } = new(new LocalTime(8, 0), new LocalTime(19, 0));
}
