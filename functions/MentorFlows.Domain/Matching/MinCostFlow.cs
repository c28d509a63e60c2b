namespace MentorFlows.Domain.Matching;

/// <summary>
/// Minimum-cost maximum flow by the primal-dual method: Dijkstra on reduced costs (Johnson potentials) finds the
/// current shortest distance, then a Dinic blocking flow pushes as much as possible along paths of exactly that
/// distance. Each unit thus travels a shortest augmenting path, so the flow of every value reached is of minimum
/// cost, and the final flow is a maximum flow of minimum cost among maximum flows. Edge costs must be non-negative.
/// Deterministic: edges are explored in the order they were added.
/// </summary>
internal sealed class MinCostFlow
{
    private readonly int nodeCount;
    private readonly List<int> edgeTo = [];
    private readonly List<int> edgeResidual = [];
    private readonly List<FlowCost> edgeCost = [];
    private readonly List<int>[] outgoing;

    // The edge lists above frozen into arrays by Solve; residual capacity per edge, its reverse at id ^ 1.
    private int[]? to;
    private int[]? residual;
    private FlowCost[]? cost;
    private int[][]? adjacency;

    public MinCostFlow(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeCount);
        this.nodeCount = nodeCount;
        outgoing = new List<int>[nodeCount];
        for (var v = 0; v < nodeCount; v++)
        {
            outgoing[v] = [];
        }
    }

    /// <summary>Adds an edge and returns its id for <see cref="FlowOn"/>.</summary>
    public int AddEdge(int from, int to, int capacity, FlowCost cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (cost < FlowCost.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), "Edge costs must be non-negative.");
        }

        var id = edgeTo.Count;
        edgeTo.Add(to);
        edgeResidual.Add(capacity);
        edgeCost.Add(cost);
        outgoing[from].Add(id);
        edgeTo.Add(from);
        edgeResidual.Add(0);
        edgeCost.Add(-cost);
        outgoing[to].Add(id + 1);
        return id;
    }

    /// <summary>The flow on an edge after <see cref="Solve"/>.</summary>
    public int FlowOn(int edge) => residual![edge ^ 1];

    /// <summary>Pushes a minimum-cost maximum flow from <paramref name="source"/> to <paramref name="sink"/>; returns its value.</summary>
    public int Solve(int source, int sink)
    {
        to = [.. edgeTo];
        residual = [.. edgeResidual];
        cost = [.. edgeCost];
        adjacency = [.. outgoing.Select(list => list.ToArray())];
        var potential = new FlowCost[nodeCount];
        var total = 0;
        while (UpdatePotentials(source, sink, potential))
        {
            total += BlockingFlows(source, sink, potential);
        }

        return total;
    }

    /// <summary>
    /// Dijkstra on reduced costs, then potential += min(distance, distance to sink): reduced costs stay
    /// non-negative and every edge of a shortest path to the sink gets reduced cost zero. False when the sink is
    /// unreachable, i.e. the flow is maximum.
    /// </summary>
    private bool UpdatePotentials(int source, int sink, FlowCost[] potential)
    {
        var distance = new FlowCost[nodeCount];
        var reached = new bool[nodeCount];
        var settled = new bool[nodeCount];
        var queue = new PriorityQueue<int, FlowCost>();
        reached[source] = true;
        queue.Enqueue(source, FlowCost.Zero);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (settled[u])
            {
                continue;
            }

            settled[u] = true;
            if (u == sink)
            {
                break;
            }

            foreach (var e in adjacency![u])
            {
                if (residual![e] == 0)
                {
                    continue;
                }

                var v = to![e];
                if (settled[v])
                {
                    continue;
                }

                var candidate = d + cost![e] + potential[u] - potential[v];
                if (!reached[v] || candidate < distance[v])
                {
                    reached[v] = true;
                    distance[v] = candidate;
                    queue.Enqueue(v, candidate);
                }
            }
        }

        if (!settled[sink])
        {
            return false;
        }

        var toSink = distance[sink];
        for (var v = 0; v < nodeCount; v++)
        {
            potential[v] += settled[v] ? distance[v] : toSink;
        }

        return true;
    }

    private bool Admissible(int from, int edge, FlowCost[] potential) =>
        residual![edge] > 0 && cost![edge] + potential[from] - potential[to![edge]] == FlowCost.Zero;

    /// <summary>Dinic phases restricted to zero-reduced-cost edges, until no such path is left.</summary>
    private int BlockingFlows(int source, int sink, FlowCost[] potential)
    {
        var pushed = 0;
        var level = new int[nodeCount];
        var next = new int[nodeCount];
        var path = new List<int>();
        while (Levels(source, sink, potential, level))
        {
            Array.Clear(next);
            var u = source;
            path.Clear();
            while (true)
            {
                if (u == sink)
                {
                    var bottleneck = int.MaxValue;
                    foreach (var e in path)
                    {
                        bottleneck = Math.Min(bottleneck, residual![e]);
                    }

                    var cut = -1;
                    for (var i = 0; i < path.Count; i++)
                    {
                        var e = path[i];
                        residual![e] -= bottleneck;
                        residual[e ^ 1] += bottleneck;
                        if (cut < 0 && residual[e] == 0)
                        {
                            cut = i;
                        }
                    }

                    pushed += bottleneck;
                    u = to![path[cut] ^ 1];
                    path.RemoveRange(cut, path.Count - cut);
                    continue;
                }

                var edges = adjacency![u];
                var advanced = false;
                for (; next[u] < edges.Length; next[u]++)
                {
                    var e = edges[next[u]];
                    var v = to![e];
                    if (level[v] == level[u] + 1 && Admissible(u, e, potential))
                    {
                        path.Add(e);
                        u = v;
                        advanced = true;
                        break;
                    }
                }

                if (advanced)
                {
                    continue;
                }

                level[u] = -1;
                if (u == source)
                {
                    break;
                }

                var back = path[^1];
                path.RemoveAt(path.Count - 1);
                u = to![back ^ 1];
                next[u]++;
            }
        }

        return pushed;
    }

    /// <summary>Breadth-first levels over admissible edges; false when the sink is not reached.</summary>
    private bool Levels(int source, int sink, FlowCost[] potential, int[] level)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var e in adjacency![u])
            {
                var v = to![e];
                if (level[v] < 0 && Admissible(u, e, potential))
                {
                    level[v] = level[u] + 1;
                    queue.Enqueue(v);
                }
            }
        }

        return level[sink] >= 0;
    }
}
