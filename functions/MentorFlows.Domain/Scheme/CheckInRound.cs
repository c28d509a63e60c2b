using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// One monthly check-in round (DOMAIN.md "Monthly check-ins"): at <see cref="At"/>, mentors and mentees are asked
/// about <see cref="CoveredMonth"/>, the month just ended. <see cref="Number"/> counts from 1.
/// </summary>
public sealed record CheckInRound(int Number, SchemeMonth CoveredMonth, Instant At);
