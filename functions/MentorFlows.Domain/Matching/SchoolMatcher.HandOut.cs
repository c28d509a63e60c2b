namespace MentorFlows.Domain.Matching;

internal static partial class SchoolMatcher
{
    /// <summary>
    /// Turns class-to-class flows into pairs: a mentee class's lowest ids go first, to its mentor classes in order;
    /// a mentor class's arrivals, by id, take its places round-robin (every mentor's first new place by mentor id,
    /// then every second place...), which gives each layer exactly the flow it carried.
    /// </summary>
    private static List<(MenteeEntry Mentee, MentorEntry Mentor)> HandOut(
        MinCostFlow network,
        List<(int MentorClass, int Edge)>[] pairEdges,
        List<List<MenteeEntry>> menteeClasses,
        List<List<MentorEntry>> mentorClasses,
        int menteesToPlace)
    {
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

        var pairs = new List<(MenteeEntry, MentorEntry)>(menteesToPlace);
        for (var b = 0; b < mentorClasses.Count; b++)
        {
            var incoming = arriving[b];
            incoming.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
            var places = new List<MentorEntry>(incoming.Count);
            for (var j = 1; places.Count < incoming.Count; j++)
            {
                if (j > menteesToPlace)
                {
                    throw new InvalidOperationException("The flow sent more mentees to a mentor class than it has places.");
                }

                places.AddRange(mentorClasses[b].Where(m => FreePlaces(m, menteesToPlace) >= j).Take(incoming.Count - places.Count));
            }

            for (var i = 0; i < incoming.Count; i++)
            {
                pairs.Add((incoming[i], places[i]));
            }
        }

        return pairs;
    }
}
