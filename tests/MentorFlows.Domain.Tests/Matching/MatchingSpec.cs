using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;

namespace MentorFlows.Domain.Tests.Matching;

/// <summary>
/// DOMAIN.md's matching rules written again, independently of the matcher, plainly and per person, for the
/// property tests to hold the matcher's output against.
/// </summary>
internal static class MatchingSpec
{
    /// <summary>Every hard rule about a pair; capacity is checked on groups by the callers.</summary>
    public static bool PairAllowed(MatchRequest request, Participant mentee, Participant mentor) =>
        string.Equals(mentee.School, mentor.School, StringComparison.OrdinalIgnoreCase)
        && mentor.TrainingCompleted && mentor.ContractSigned && mentor.RightToWorkChecked
        && (!(mentee.DateOfBirth is { } born && born.PlusYears(18) > request.SchemeStart) || mentor.CanMentorUnder18)
        && (!mentee.AtRisk || (mentor.AtRiskConsent && mentor.TrainingCompleted))
        && !mentee.Conflicts.Contains(mentor.StudentId)
        && !mentor.Conflicts.Contains(mentee.StudentId)
        && !request.ExcludedPairs.Contains(new MatchPair(mentee.StudentId, mentor.StudentId));

    /// <summary>Places a mentor still has for new mentees.</summary>
    public static int FreePlaces(MatchRequest request, Participant mentor) =>
        Math.Max(0, (mentor.MentorCapacity ?? request.DefaultMentorCapacity) - ExistingGroup(request, mentor));

    public static int ExistingGroup(MatchRequest request, Participant mentor) =>
        request.ExistingMatches.Count(e => e.MentorId == mentor.StudentId);

    /// <summary>Mentees the request asks to place: those not already matched.</summary>
    public static List<Participant> MenteesToPlace(MatchRequest request) =>
        [.. request.Mentees.Where(m => !request.ExistingMatches.Any(e => e.MenteeId == m.StudentId))];

    /// <summary>Gender preference met: 2 points; same course: 1 point.</summary>
    public static int Points(Participant mentee, Participant mentor) =>
        (mentee.GenderPreference is not null && string.Equals(mentee.GenderPreference, mentor.Gender, StringComparison.OrdinalIgnoreCase) ? 2 : 0)
        + (string.Equals(mentee.Course, mentor.Course, StringComparison.OrdinalIgnoreCase) ? 1 : 0);

    /// <summary>The objective of a set of new pairs, written out: (matched, waiting matched, points, Σ group size²).</summary>
    public static (int Matched, int Waiting, int Points, long Evenness) Objective(MatchRequest request, IEnumerable<(Participant Mentee, Participant Mentor)> pairs)
    {
        var list = pairs.ToList();
        var evenness = request.Mentors.Sum(mentor =>
        {
            long size = ExistingGroup(request, mentor) + list.Count(p => p.Mentor.StudentId == mentor.StudentId);
            return size * size;
        });
        return (list.Count, list.Count(p => request.WaitingMenteeIds.Contains(p.Mentee.StudentId)), list.Sum(p => Points(p.Mentee, p.Mentor)), evenness);
    }
}
