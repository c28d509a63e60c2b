using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// One month of the scheme: a calendar month clipped to the scheme's dates. <see cref="Number"/> counts from 1
/// (October is month 1 of the default year); <see cref="FirstDay"/> and <see cref="LastDay"/> are both inclusive.
/// </summary>
public sealed record SchemeMonth(int Number, LocalDate FirstDay, LocalDate LastDay)
{
    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;
}
