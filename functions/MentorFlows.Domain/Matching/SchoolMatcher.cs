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
internal static partial class SchoolMatcher
{
    /// <param name="cohort">One School's mentees to place and its mentors.</param>
    /// <param name="groupInterchangeable">False makes everyone a class of their own (the per-person network).</param>
    public static IReadOnlyList<(MenteeEntry Mentee, MentorEntry Mentor)> Solve(SchoolCohort cohort, bool groupInterchangeable = true)
    {
        if (cohort.Mentees.Count == 0)
        {
            return [];
        }

        var (menteeClasses, mentorClasses) = Classify(cohort, groupInterchangeable);
        var (network, sink, pairEdges) = BuildNetwork(cohort, menteeClasses, mentorClasses);
        network.Solve(0, sink);
        return HandOut(network, pairEdges, menteeClasses, mentorClasses, cohort.Mentees.Count);
    }

    /// <summary>A mentor's free places, bounded by the mentees the School has to place so that layers stay few.</summary>
    private static int FreePlaces(MentorEntry mentor, int menteesToPlace) => Math.Min(mentor.Remaining, menteesToPlace);
}
