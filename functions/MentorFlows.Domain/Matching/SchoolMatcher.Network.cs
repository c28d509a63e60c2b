namespace MentorFlows.Domain.Matching;

internal static partial class SchoolMatcher
{
    /// <summary>
    /// Node 0 is the source, then one node per mentee class, one per mentor class, and the sink last.
    /// Returns the network, the sink and, per mentee class, its edges to the mentor classes it may be matched with.
    /// </summary>
    private static (MinCostFlow Network, int Sink, List<(int MentorClass, int Edge)>[] PairEdges) BuildNetwork(
        SchoolCohort cohort,
        List<List<MenteeEntry>> menteeClasses,
        List<List<MentorEntry>> mentorClasses)
    {
        const int menteeNode = 1;
        var mentorNode = menteeNode + menteeClasses.Count;
        var sink = mentorNode + mentorClasses.Count;
        var network = new MinCostFlow(sink + 1);
        for (var a = 0; a < menteeClasses.Count; a++)
        {
            var waiting = menteeClasses[a][0].Waiting;
            network.AddEdge(0, menteeNode + a, menteeClasses[a].Count, new FlowCost(waiting ? 0 : 1, 0, 0));
        }

        var pairEdges = new List<(int MentorClass, int Edge)>[menteeClasses.Count];
        for (var a = 0; a < menteeClasses.Count; a++)
        {
            pairEdges[a] = [];
            var mentee = menteeClasses[a][0];
            for (var b = 0; b < mentorClasses.Count; b++)
            {
                // Every member of a class passes the same rules as its first member; forbidden pairs are singletons.
                var mentor = mentorClasses[b][0];
                if (!HardRules.Under18RuleHolds(mentee.Under18, mentor.Person)
                    || !HardRules.AtRiskRuleHolds(mentee.Person, mentor.Person)
                    || cohort.Forbidden(mentee, mentor))
                {
                    continue;
                }

                var missed = MatchPreferences.MaximumPoints - MatchPreferences.PointsFor(mentee.Person, mentor.Person);
                var edge = network.AddEdge(menteeNode + a, mentorNode + b, menteeClasses[a].Count, new FlowCost(0, missed, 0));
                pairEdges[a].Add((b, edge));
            }
        }

        for (var b = 0; b < mentorClasses.Count; b++)
        {
            var layers = mentorClasses[b].Max(m => FreePlaces(m, cohort.Mentees.Count));
            for (var j = 1; j <= layers; j++)
            {
                var mentorsWithJPlaces = mentorClasses[b].Count(m => FreePlaces(m, cohort.Mentees.Count) >= j);
                var evenness = MatchPreferences.MarginalGroupCost(mentorClasses[b][0].Existing + j);
                network.AddEdge(mentorNode + b, sink, mentorsWithJPlaces, new FlowCost(0, 0, evenness));
            }
        }

        return (network, sink, pairEdges);
    }
}
