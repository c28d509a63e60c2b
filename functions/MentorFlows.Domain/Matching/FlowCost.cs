namespace MentorFlows.Domain.Matching;

/// <summary>
/// A cost in the matching flow network: three integers compared lexicographically, so each criterion of
/// <see cref="MatchObjective"/> strictly dominates the next without any big-M weight that could overflow.
/// Lexicographically ordered integer triples form an ordered group, which is all the shortest-path potentials of
/// <see cref="MinCostFlow"/> need.
/// </summary>
internal readonly record struct FlowCost(long NotWaiting, long MissedPoints, long Evenness) : IComparable<FlowCost>
{
    public static FlowCost Zero => default;

    public int CompareTo(FlowCost other)
    {
        var first = NotWaiting.CompareTo(other.NotWaiting);
        if (first != 0)
        {
            return first;
        }

        var second = MissedPoints.CompareTo(other.MissedPoints);
        return second != 0 ? second : Evenness.CompareTo(other.Evenness);
    }

    public static FlowCost operator +(FlowCost a, FlowCost b) =>
        new(a.NotWaiting + b.NotWaiting, a.MissedPoints + b.MissedPoints, a.Evenness + b.Evenness);

    public static FlowCost operator -(FlowCost a, FlowCost b) =>
        new(a.NotWaiting - b.NotWaiting, a.MissedPoints - b.MissedPoints, a.Evenness - b.Evenness);

    public static FlowCost operator -(FlowCost a) => new(-a.NotWaiting, -a.MissedPoints, -a.Evenness);

    public static bool operator <(FlowCost a, FlowCost b) => a.CompareTo(b) < 0;

    public static bool operator >(FlowCost a, FlowCost b) => a.CompareTo(b) > 0;

    public static bool operator <=(FlowCost a, FlowCost b) => a.CompareTo(b) <= 0;

    public static bool operator >=(FlowCost a, FlowCost b) => a.CompareTo(b) >= 0;
}
