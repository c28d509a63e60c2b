namespace MentorFlows.Domain.Engagement;

/// <summary>
/// One person's answer to a monthly check-in about one pair (DOMAIN.md: did you meet, roughly how many hours).
/// <see cref="Hours"/> is null when not given; <see cref="DailyContact"/> is true when contact was (about) every day.
/// </summary>
public sealed record CheckInAnswer(bool Met, decimal? Hours = null, bool DailyContact = false)
{
    public decimal? Hours { get; init; } = Hours is < 0m
        ? throw new ArgumentOutOfRangeException(nameof(Hours), Hours, "Hours cannot be negative.")
        : Hours;
}
