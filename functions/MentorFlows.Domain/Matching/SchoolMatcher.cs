namespace MentorFlows.Domain.Matching;

/// <summary>
/// Places one School's mentees so that no other placement has a better <see cref="MatchObjective"/>, as a
/// minimum-cost maximum flow: source → mentee class → mentor class → sink.
/// <para>
/// People who are interchangeable for every rule and preference are one node, so 20,000 mentees make a graph of
/// hundreds of nodes, not millions of edges. A mentee class is the mentees with the same course, gender preference,
/// under-18 and at-risk flags and waiting status (capacity: how many). A mentor class is the open mentors (cleared,
/// with a free place) with the same course, gender, under-18 and at-risk clearances and existing group size; its
/// places go to the sink in layers, layer j being "the j-th new mentee of each mentor", with capacity the number of
/// mentors in the class that have j free places and cost <see cref="MatchPreferences.MarginalGroupCost"/> of the
/// resulting group size, which rises with j, so a minimum-cost flow fills layers in order. Anyone in a forbidden
/// pair (conflict of interest, dissolved match) is a class of their own, so an edge between classes is allowed or
/// not for every pair it stands for.
/// </para>
/// <para>
/// Costs (<see cref="FlowCost"/>, lexicographic): a non-waiting mentee's source edge costs 1 in the first
/// component; a mentee→mentor edge costs <see cref="MatchPreferences.MaximumPoints"/> minus the pair's points in
/// the second; layers cost evenness in the third. Each unit of flow crosses exactly one edge of each kind, so among
/// maximum flows the cheapest one matches the most waiting mentees, then scores the most points, then is the most
/// even: the order of <see cref="MatchObjective"/>.
/// </para>
/// <para>
/// The flow is then handed out deterministically: within a mentee class the lowest student ids are matched first,
/// in mentor-class order; within a mentor class the mentees, by id, take the mentors' places round-robin by layer
/// and then by mentor id, which realises exactly the layer counts of the flow.
/// </para>
/// </summary>
internal static class SchoolMatcher
{
    /// <param name="cohort">One School's mentees to place and its mentors.</param>
    /// <param name="groupInterchangeable">False makes everyone a class of their own (the per-person network).</param>
    public static IReadOnlyList<(MenteeEntry Mentee, MentorEntry Mentor)> Solve(SchoolCohort cohort, bool groupInterchangeable = true)
    {
        var mentees = cohort.Mentees;
        if (mentees.Count == 0)
        {
            return [];
        }

        var involved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in cohort.ForbiddenPairs)
        {
            involved.Add(pair.MenteeId);
            involved.Add(pair.MentorId);
        }

        var menteeClasses = GroupInOrder(mentees, m => (
            Singleton: !groupInterchangeable || involved.Contains(m.Id) ? m.Id : null,
            Course: m.Person.Course.ToUpperInvariant(),
            Preference: m.Person.GenderPreference?.ToUpperInvariant(),
            m.Under18,
            m.Person.AtRisk,
            m.Waiting));
        var mentorClasses = GroupInOrder(cohort.Mentors.Where(m => m.Open), m => (
            Singleton: !groupInterchangeable || involved.Contains(m.Id) ? m.Id : null,
            Course: m.Person.Course.ToUpperInvariant(),
            Gender: m.Person.Gender?.ToUpperInvariant(),
            m.Person.CanMentorUnder18,
            AtRisk: HardRules.MayMentorAtRisk(m.Person),
            m.Existing));

        // No mentor can take more new mentees than the School has to place; bounding the layers keeps them few.
        int FreePlaces(MentorEntry mentor) => Math.Min(mentor.Remaining, mentees.Count);

        var menteeNode = 1;
        var mentorNode = 1 + menteeClasses.Count;
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
            var layers = mentorClasses[b].Max(FreePlaces);
            for (var j = 1; j <= layers; j++)
            {
                var mentorsWithJPlaces = mentorClasses[b].Count(m => FreePlaces(m) >= j);
                var evenness = MatchPreferences.MarginalGroupCost(mentorClasses[b][0].Existing + j);
                network.AddEdge(mentorNode + b, sink, mentorsWithJPlaces, new FlowCost(0, 0, evenness));
            }
        }

        network.Solve(0, sink);

        var arriving = new List<MenteeEntry>[mentorClasses.Count];
        for (var b = 0; b < mentorClasses.Count; b++)
        {
            arriving[b] = [];
        }

        for (var a = 0; a < menteeClasses.Count; a++)
        {
            var next = 0;
            foreach (var (b, edge) in pairEdges[a])
            {
                for (var k = network.FlowOn(edge); k > 0; k--)
                {
                    arriving[b].Add(menteeClasses[a][next++]);
                }
            }
        }

        var pairs = new List<(MenteeEntry, MentorEntry)>(mentees.Count);
        for (var b = 0; b < mentorClasses.Count; b++)
        {
            var incoming = arriving[b];
            incoming.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
            var places = new List<MentorEntry>(incoming.Count);
            for (var j = 1; places.Count < incoming.Count; j++)
            {
                if (j > mentees.Count)
                {
                    throw new InvalidOperationException("The flow sent more mentees to a mentor class than it has places.");
                }

                foreach (var mentor in mentorClasses[b])
                {
                    if (FreePlaces(mentor) >= j && places.Count < incoming.Count)
                    {
                        places.Add(mentor);
                    }
                }
            }

            for (var i = 0; i < incoming.Count; i++)
            {
                pairs.Add((incoming[i], places[i]));
            }
        }

        return pairs;
    }

    /// <summary>Groups by key, groups in order of first appearance and members in input order.</summary>
    private static List<List<T>> GroupInOrder<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var groups = new List<List<T>>();
        var index = new Dictionary<TKey, int>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!index.TryGetValue(k, out var g))
            {
                g = groups.Count;
                index.Add(k, g);
                groups.Add([]);
            }

            groups[g].Add(item);
        }

        return groups;
    }
}
