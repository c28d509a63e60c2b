namespace MentorFlows.Workflows.Stores;

/// <summary>
/// One match of a mentee with a mentor, with the matcher's score and reasons as made. <see cref="MatchId"/> is opaque
/// (<see cref="Privacy.StudentPseudonyms.MatchId"/>): workflow histories and instance ids carry it instead of student ids.
/// <see cref="BatchId"/> names the matching run that made it (an upload id or a re-match instance id), so the run's
/// follow-up finds its matches again after a retry. <see cref="EndedBy"/> names, the same way, the run that ended it
/// where a retry must find its ended matches again (the upload id of a corrected upload's
/// <see cref="MatchEndReason.HardRuleBroken"/> ends); null otherwise.
/// </summary>
public sealed record MatchRecord(
    string MatchId,
    string MenteeId,
    string MentorId,
    string School,
    int Score,
    IReadOnlyList<string> Reasons,
    DateTime MatchedAtUtc,
    string BatchId,
    MatchStatus Status = MatchStatus.Active,
    MatchEndReason? EndReason = null,
    DateTime? EndedAtUtc = null,
    string? EndedBy = null)
{
    /// <summary>Active or paused: the mentor's place is taken.</summary>
    public bool IsCurrent => Status != MatchStatus.Ended;

    public bool Involves(string studentId) =>
        string.Equals(MenteeId, studentId, StringComparison.Ordinal) || string.Equals(MentorId, studentId, StringComparison.Ordinal);
}
