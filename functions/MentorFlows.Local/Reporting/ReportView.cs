using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Reporting;

/// <summary>The input with what every section needs: the clock of the scheme's zone, names by id, matches by id.</summary>
internal sealed class ReportView
{
    public ReportView(ReportInput input)
    {
        Input = input;
        Clock = new ReportClock(SchemeZone.Of(input.Scheme));
        People = new ReportPeople(input.Participants);
        MatchesById = input.Matches
            .GroupBy(m => m.MatchId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    public ReportInput Input { get; }

    public ReportClock Clock { get; }

    public ReportPeople People { get; }

    public IReadOnlyDictionary<string, MatchRecord> MatchesById { get; }

    /// <summary>
    /// What an id in the timeline stands for, in words: a student's name, a match's pair; anything else (a concern
    /// reference, an email or upload id, a pseudonym) as itself.
    /// </summary>
    public string Describe(string id)
    {
        if (People.Find(id) is { } person)
        {
            return $"{person.FullName} ({person.StudentId}, {(person.Role == Domain.Cohort.ParticipantRole.Mentor ? "mentor" : "mentee")})";
        }

        return MatchesById.TryGetValue(id, out var match)
            ? $"{People.NameOf(match.MenteeId)} with {People.NameOf(match.MentorId)}"
            : id;
    }
}
