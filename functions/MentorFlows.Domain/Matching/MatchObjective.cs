using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Matching;

/// <summary>
/// What "optimal" means, as a value to compare. A matching is better than another when, in this order of priority:
/// it matches more mentees (<see cref="Matched"/>); then more of the waiting mentees (<see cref="WaitingMatched"/>);
/// then it scores more preference points (<see cref="PreferencePoints"/>, <see cref="MatchPreferences.PointsFor"/>);
/// then its groups are more even (lower <see cref="EvennessCost"/>: the sum over mentors of group size squared,
/// existing matches included). Each criterion only breaks ties of the ones before it. <see cref="MentorMatcher"/>
/// returns a matching whose objective no other matching of the same request beats.
/// </summary>
public sealed record MatchObjective(int Matched, int WaitingMatched, int PreferencePoints, long EvennessCost)
    : IComparable<MatchObjective>
{
    /// <summary>Positive when this objective is better than <paramref name="other"/>.</summary>
    public int CompareTo(MatchObjective? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byMatched = Matched.CompareTo(other.Matched);
        if (byMatched != 0)
        {
            return byMatched;
        }

        var byWaiting = WaitingMatched.CompareTo(other.WaitingMatched);
        if (byWaiting != 0)
        {
            return byWaiting;
        }

        var byPoints = PreferencePoints.CompareTo(other.PreferencePoints);
        return byPoints != 0 ? byPoints : other.EvennessCost.CompareTo(EvennessCost);
    }

    /// <summary>
    /// The objective of placing <paramref name="newMatches"/> on top of the request's existing matches. Only the new
    /// matches count as matched; every listed mentor's group (existing plus new) counts for evenness.
    /// </summary>
    public static MatchObjective Evaluate(MatchRequest request, IEnumerable<MatchPair> newMatches)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(newMatches);
        var mentees = request.Mentees.ToDictionary(m => m.StudentId, StringComparer.Ordinal);
        var mentors = request.Mentors.ToDictionary(m => m.StudentId, StringComparer.Ordinal);
        var waiting = request.WaitingMenteeIds.ToHashSet(StringComparer.Ordinal);
        var groups = request.Mentors.ToDictionary(m => m.StudentId, _ => 0, StringComparer.Ordinal);
        foreach (var existing in request.ExistingMatches.Where(e => groups.ContainsKey(e.MentorId)))
        {
            groups[existing.MentorId]++;
        }

        int matched = 0, waitingMatched = 0, points = 0;
        foreach (var pair in newMatches)
        {
            Participant mentee = mentees[pair.MenteeId];
            Participant mentor = mentors[pair.MentorId];
            matched++;
            waitingMatched += waiting.Contains(pair.MenteeId) ? 1 : 0;
            points += MatchPreferences.PointsFor(mentee, mentor);
            groups[pair.MentorId]++;
        }

        return new MatchObjective(matched, waitingMatched, points, groups.Values.Sum(MatchPreferences.GroupCost));
    }
}
