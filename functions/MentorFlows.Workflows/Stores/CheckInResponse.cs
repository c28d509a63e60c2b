namespace MentorFlows.Workflows.Stores;

/// <summary>
/// One answer to a monthly check-in about one match (personal data: DOMAIN.md lists check-in answers among what is
/// erased). Keyed by (<see cref="MatchId"/>, <see cref="Round"/>, <see cref="Respondent"/>): a second answer replaces
/// the first. <see cref="Hours"/> is null when not given.
/// </summary>
public sealed record CheckInResponse(string MatchId, int Round, CheckInRespondent Respondent, bool Met, decimal? Hours, bool DailyContact, DateTime AnsweredAtUtc);
