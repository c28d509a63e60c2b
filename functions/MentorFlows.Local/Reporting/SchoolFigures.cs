using MentorFlows.Domain.Cohort;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// One School at a glance: its mentees and mentors (cleared at the start), how many mentees had a mentor at some
/// point of the run, and how many are still waiting at its end and why.
/// </summary>
internal sealed record SchoolFigures(
    string School,
    int Mentees,
    int Mentors,
    int ClearedMentors,
    int Matched,
    int Waiting,
    IReadOnlyList<(string Reason, int Count)> WaitingReasons)
{
    public static IReadOnlyList<SchoolFigures> For(ReportInput input)
    {
        var matched = input.Matches.Select(m => m.MenteeId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var waitingBySchool = input.Unmatched.ToLookup(u => u.School, StringComparer.OrdinalIgnoreCase);
        return [.. input.Participants
            .GroupBy(p => p.School, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(school =>
            {
                var mentees = school.Where(p => p.Role == ParticipantRole.Mentee).ToList();
                var mentors = school.Where(p => p.Role == ParticipantRole.Mentor).ToList();
                var waiting = waitingBySchool[school.Key].ToList();
                return new SchoolFigures(
                    school.First().School,
                    mentees.Count,
                    mentors.Count,
                    mentors.Count(m => m.IsCleared),
                    mentees.Count(m => matched.Contains(m.StudentId)),
                    waiting.Count,
                    [.. waiting
                        .GroupBy(u => u.Reason)
                        .OrderBy(g => g.Key)
                        .Select(g => (g.First().Explanation, g.Count()))]);
            })];
    }
}
