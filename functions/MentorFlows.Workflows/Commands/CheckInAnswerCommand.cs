namespace MentorFlows.Workflows.Commands;

/// <summary>
/// A check-in answer from <see cref="StudentId"/>. <see cref="MenteeId"/> names the pair (a signed link's scope); null
/// means the student's own match when a mentee, every current match when a mentor. <see cref="Round"/> null means the
/// latest round sent.
/// </summary>
public sealed record CheckInAnswerCommand(string StudentId, bool Met, decimal? Hours, bool DailyContact = false, string? MenteeId = null, int? Round = null);
