namespace MentorFlows.Domain.Engagement;

/// <summary>
/// What a pair said about one scheme month (<see cref="MonthNumber"/> as in <c>SchemeMonth.Number</c>): the mentor's
/// answer and the mentee's, each null when not given.
/// </summary>
public sealed record PairCheckInMonth(int MonthNumber, CheckInAnswer? Mentor, CheckInAnswer? Mentee)
{
    public IEnumerable<CheckInAnswer> Answers => new[] { Mentor, Mentee }.OfType<CheckInAnswer>();
}
