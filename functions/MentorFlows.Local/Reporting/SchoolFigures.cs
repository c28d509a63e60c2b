using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// One School at a glance: its mentees and mentors, how many mentees were matched during the run, how many the
/// first matching left waiting and why, and how many were never matched.
/// </summary>
internal sealed record SchoolFigures(
    string School,
    int Mentees,
    int Mentors,
    int ClearedMentors,
    int MatchedDuringRun,
    int WaitingAfterFirstMatching,
    int NeverMatched,
    IReadOnlyList<(string Reason, int Count)> WaitingReasons)
{
    public static IReadOnlyList<SchoolFigures> For(ReportInput input)
    {
        var matched = input.Matches.Select(m => m.MenteeId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unmatchedBySchool = input.Unmatched.ToLookup(u => u.School, StringComparer.OrdinalIgnoreCase);
        return [.. input.Participants
            .GroupBy(p => p.School, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(school =>
            {
                var mentees = school.Where(p => p.Role == ParticipantRole.Mentee).ToList();
                var mentors = school.Where(p => p.Role == ParticipantRole.Mentor).ToList();
                var waiting = unmatchedBySchool[school.Key].ToList();
                return new SchoolFigures(
                    school.First().School,
                    mentees.Count,
                    mentors.Count,
                    mentors.Count(m => m.IsCleared),
                    mentees.Count(m => matched.Contains(m.StudentId)),
                    waiting.Count,
                    mentees.Count(m => !matched.Contains(m.StudentId)),
                    [.. waiting
                        .GroupBy(u => u.Reason)
                        .OrderBy(g => g.Key)
                        .Select(g => (g.First().Explanation, g.Count()))]);
            })];
    }
}
