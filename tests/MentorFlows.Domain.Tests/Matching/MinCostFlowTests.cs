using MentorFlows.Domain.Matching;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class MinCostFlowTests
{
    private static FlowCost Cost(long evenness) => new(0, 0, evenness);

    [Fact]
    public void Solve_CheapPathBlocksTwoFlow_ReroutesToMaximumFirst()
    {
        // s→a→x→t is cheapest but leaves b stranded; the maximum flow of 2 must use a→y instead.
        var network = new MinCostFlow(6);
        network.AddEdge(0, 1, 1, Cost(0));
        network.AddEdge(0, 2, 1, Cost(0));
        var ax = network.AddEdge(1, 3, 1, Cost(0));
        var ay = network.AddEdge(1, 4, 1, Cost(5));
        var bx = network.AddEdge(2, 3, 1, Cost(0));
        network.AddEdge(3, 5, 1, Cost(0));
        network.AddEdge(4, 5, 1, Cost(0));

        var flow = network.Solve(0, 5);

        Assert.Equal(2, flow);
        Assert.Equal((0, 1, 1), (network.FlowOn(ax), network.FlowOn(ay), network.FlowOn(bx)));
    }

    [Fact]
    public void Solve_EarlierCostComponentDominates_LaterOnesOnlyBreakTies()
    {
        var network = new MinCostFlow(3);
        var notWaiting = network.AddEdge(0, 1, 1, new FlowCost(1, 0, 0));
        var waitingButWorse = network.AddEdge(0, 1, 1, new FlowCost(0, 3, 1_000_000));
        network.AddEdge(1, 2, 1, Cost(0));

        var flow = network.Solve(0, 2);

        Assert.Equal(1, flow);
        Assert.Equal((0, 1), (network.FlowOn(notWaiting), network.FlowOn(waitingButWorse)));
    }

    [Fact]
    public void AddEdge_NegativeCost_IsRejected()
    {
        var network = new MinCostFlow(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => network.AddEdge(0, 1, 1, new FlowCost(0, -1, 0)));
    }
}
