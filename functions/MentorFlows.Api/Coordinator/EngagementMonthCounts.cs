namespace MentorFlows.Api.Coordinator;

/// <summary>
/// One monthly check-in round: the month it asks about (<c>yyyy-MM</c>), when it is (or was) sent, and the answers on
/// record: by side, how many pairs said they met, the hours mentors reported, and answers reporting daily contact.
/// Answers of erased participants are no longer counted.
/// </summary>
public sealed record EngagementMonthCounts(
    int Round,
    string Month,
    DateTime AskedAtUtc,
    bool Asked,
    int MentorAnswers,
    int MenteeAnswers,
    int PairsMet,
    decimal MentorHours,
    int DailyContact);
