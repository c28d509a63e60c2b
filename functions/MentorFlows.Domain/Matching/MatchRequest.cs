using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Matching;

/// <summary>
/// Everything <see cref="MentorMatcher.Match"/> needs. Student ids are compared ordinally and must be unique within
/// <see cref="Mentees"/> and within <see cref="Mentors"/>; the order of the lists does not change the result.
/// </summary>
public sealed record MatchRequest
{
    /// <summary>Mentees to place. Those already in <see cref="ExistingMatches"/> are kept where they are.</summary>
    public required IReadOnlyList<Participant> Mentees { get; init; }

    /// <summary>All mentors of the scheme, cleared or not; only cleared ones receive mentees.</summary>
    public required IReadOnlyList<Participant> Mentors { get; init; }

    /// <summary>First day of the scheme: whether a mentee is under 18 is taken on this day (004).</summary>
    public required LocalDate SchemeStart { get; init; }

    /// <summary>Mentees per mentor when <see cref="Participant.MentorCapacity"/> is blank.</summary>
    public required int DefaultMentorCapacity { get; init; }

    /// <summary>Matches that stay as they are; each uses one place of its mentor and counts in the mentor's group size.</summary>
    public IReadOnlyList<MatchPair> ExistingMatches { get; init; } = [];

    /// <summary>Pairs dissolved before (003: conflicts): never matched again.</summary>
    public IReadOnlyList<MatchPair> ExcludedPairs { get; init; } = [];

    /// <summary>Mentees who have been waiting for a place: when places are short they are matched before newcomers.</summary>
    public IReadOnlyCollection<string> WaitingMenteeIds { get; init; } = [];

    /// <summary>A first matching of a whole cohort: its mentees and mentors, with the scheme's start and default capacity.</summary>
    public static MatchRequest ForCohort(IEnumerable<Participant> participants, SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(scheme);
        var all = participants.ToList();
        return new MatchRequest
        {
            Mentees = all.Where(p => p.Role == ParticipantRole.Mentee).ToList(),
            Mentors = all.Where(p => p.Role == ParticipantRole.Mentor).ToList(),
            SchemeStart = scheme.Start,
            DefaultMentorCapacity = scheme.DefaultMentorCapacity,
        };
    }
}
