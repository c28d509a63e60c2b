namespace MentorFlows.Domain.Matching;

/// <summary>
/// A mentee placed with a mentor. <see cref="Score"/> is the match's preference points
/// (<see cref="MatchPreferences.PointsFor"/>); <see cref="Reasons"/> say in plain English why the pair fits.
/// </summary>
public sealed record MentorMatch(string MenteeId, string MentorId, string School, int Score, IReadOnlyList<string> Reasons);
