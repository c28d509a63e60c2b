using MentorFlows.Domain.Matching;

namespace MentorFlows.Domain.Tests.Matching;

/// <summary>
/// The largest number of mentees that can be matched, by Dinic's max-flow on the plain per-person graph:
/// source → each mentee (1) → each allowed mentor (1) → sink (the mentor's free places). No grouping, no costs.
/// </summary>
internal static class PlainMaxFlow
{
    public static int MaximumMatches(MatchRequest request)
    {
        var mentees = MatchingSpec.MenteesToPlace(request);
        var mentors = request.Mentors;
        var source = 0;
        var sink = 1 + mentees.Count + mentors.Count;
        var graph = new Dinic(sink + 1);
        for (var e = 0; e < mentees.Count; e++)
        {
            graph.Add(source, 1 + e, 1);
            for (var m = 0; m < mentors.Count; m++)
            {
                if (MatchingSpec.PairAllowed(request, mentees[e], mentors[m]))
                {
                    graph.Add(1 + e, 1 + mentees.Count + m, 1);
                }
            }
        }

        for (var m = 0; m < mentors.Count; m++)
        {
            graph.Add(1 + mentees.Count + m, sink, MatchingSpec.FreePlaces(request, mentors[m]));
        }

        return graph.MaxFlow(source, sink);
    }

    private sealed class Dinic(int nodes)
    {
        private readonly List<(int To, int Capacity)> edges = [];
        private readonly List<int>[] adjacency = [.. Enumerable.Range(0, nodes).Select(_ => new List<int>())];

        public void Add(int from, int to, int capacity)
        {
            adjacency[from].Add(edges.Count);
            edges.Add((to, capacity));
            adjacency[to].Add(edges.Count);
            edges.Add((from, 0));
        }

        public int MaxFlow(int source, int sink)
        {
            var total = 0;
            while (true)
            {
                var level = Levels(source);
                if (level[sink] < 0)
                {
                    return total;
                }

                var next = new int[nodes];
                int pushed;
                while ((pushed = Push(source, sink, int.MaxValue, level, next)) > 0)
                {
                    total += pushed;
                }
            }
        }

        private int[] Levels(int source)
        {
            var level = Enumerable.Repeat(-1, nodes).ToArray();
            level[source] = 0;
            var queue = new Queue<int>([source]);
            while (queue.TryDequeue(out var u))
            {
                foreach (var e in adjacency[u].Where(e => edges[e].Capacity > 0 && level[edges[e].To] < 0))
                {
                    level[edges[e].To] = level[u] + 1;
                    queue.Enqueue(edges[e].To);
                }
            }

            return level;
        }

        private int Push(int u, int sink, int limit, int[] level, int[] next)
        {
            if (u == sink)
            {
                return limit;
            }

            for (; next[u] < adjacency[u].Count; next[u]++)
            {
                var e = adjacency[u][next[u]];
                var (to, capacity) = edges[e];
                if (capacity > 0 && level[to] == level[u] + 1)
                {
                    var pushed = Push(to, sink, Math.Min(limit, capacity), level, next);
                    if (pushed > 0)
                    {
                        edges[e] = (to, capacity - pushed);
                        edges[e ^ 1] = (edges[e ^ 1].To, edges[e ^ 1].Capacity + pushed);
                        return pushed;
                    }
                }
            }

            return 0;
        }
    }
}
