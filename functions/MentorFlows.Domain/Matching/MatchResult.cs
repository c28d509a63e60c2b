namespace MentorFlows.Domain.Matching;

/// <summary>
/// The outcome of one matching. <see cref="Matches"/> holds only the new matches (existing ones are kept as they
/// were and not repeated); every mentee of the request not matched before or now is in <see cref="Unmatched"/>.
/// Both lists are sorted by mentee id (ordinal).
/// </summary>
public sealed record MatchResult(IReadOnlyList<MentorMatch> Matches, IReadOnlyList<UnmatchedMentee> Unmatched, MatchObjective Objective);
