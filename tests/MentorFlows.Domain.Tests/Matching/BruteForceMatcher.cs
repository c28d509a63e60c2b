using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;

namespace MentorFlows.Domain.Tests.Matching;

/// <summary>
/// The best objective of a tiny request found by trying every assignment: each mentee to no one or to any allowed
/// mentor with a free place. Exponential; for a handful of people only.
/// </summary>
internal static class BruteForceMatcher
{
    public static (int Matched, int Waiting, int Points, long Evenness) BestObjective(MatchRequest request)
    {
        var mentees = MatchingSpec.MenteesToPlace(request);
        var free = request.Mentors.ToDictionary(m => m.StudentId, m => MatchingSpec.FreePlaces(request, m));
        var chosen = new List<(Participant, Participant)>();
        var best = MatchingSpec.Objective(request, chosen);
        Search(0);
        return best;

        void Search(int index)
        {
            if (index == mentees.Count)
            {
                var objective = MatchingSpec.Objective(request, chosen);
                if (Better(objective, best))
                {
                    best = objective;
                }

                return;
            }

            Search(index + 1);
            foreach (var mentor in request.Mentors.Where(m => free[m.StudentId] > 0 && MatchingSpec.PairAllowed(request, mentees[index], m)))
            {
                free[mentor.StudentId]--;
                chosen.Add((mentees[index], mentor));
                Search(index + 1);
                chosen.RemoveAt(chosen.Count - 1);
                free[mentor.StudentId]++;
            }
        }
    }

    private static bool Better((int Matched, int Waiting, int Points, long Evenness) a, (int Matched, int Waiting, int Points, long Evenness) b) =>
        (a.Matched, a.Waiting, a.Points, -a.Evenness).CompareTo((b.Matched, b.Waiting, b.Points, -b.Evenness)) > 0;
}
