using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

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
        Endings = MatchEnding.For(input.Timeline);
        EmailIds = input.Emails.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
    }

    public ReportInput Input { get; }

    public ReportClock Clock { get; }

    public ReportPeople People { get; }

    public IReadOnlyDictionary<string, MatchRecord> MatchesById { get; }

    /// <summary>What became of each match, by match id.</summary>
    public IReadOnlyDictionary<string, MatchEnding> Endings { get; }

    /// <summary>Ids of the emails in the outbox (the timeline links to them).</summary>
    public IReadOnlySet<string> EmailIds { get; }

    /// <summary>The state of <paramref name="match"/> at the end of the run: its own if it says it ended, else the timeline's.</summary>
    public MatchEnding EndingOf(MatchRecord match) =>
        match.Status != MatchStatus.Active
            ? new MatchEnding(match.Status, match.EndReason, match.EndedAtUtc)
            : Endings.GetValueOrDefault(match.MatchId) ?? new MatchEnding(MatchStatus.Active, null, null);

    /// <summary>How a student id erased from the timeline (<see cref="TimelineErasure.Erased"/>) reads in the report.</summary>
    public const string ErasedPerson = "(erased)";

    /// <summary>
    /// What an id in the timeline stands for, in words: a student's name, a match's pair; anything else (a concern
    /// reference, an email or upload id, a pseudonym) as itself; an erased student as <see cref="ErasedPerson"/>.
    /// </summary>
    public string Describe(string id)
    {
        if (id == TimelineErasure.Erased)
        {
            return ErasedPerson;
        }

        if (People.Find(id) is { } person)
        {
            return $"{person.FullName} ({person.StudentId}, {(person.Role == Domain.Cohort.ParticipantRole.Mentor ? "mentor" : "mentee")})";
        }

        if (MatchesById.TryGetValue(id, out var match))
        {
            return $"{People.NameOf(match.MenteeId)} with {People.NameOf(match.MentorId)}";
        }

        // Several ids in one value ("25000058 22000020", or "25000058 erased" once one of them is erased): each in words.
        var parts = id.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(p => p == TimelineErasure.Erased || People.Find(p) is not null)
            ? string.Join(", ", parts.Select(p => p == TimelineErasure.Erased ? ErasedPerson : People.NameOf(p)))
            : id;
    }
}
