using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.InMemory;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Engine;

public sealed class EngineDrivingTests
{
    [Fact]
    public async Task RunUntil_WithTheRealClock_ExplainsThatItNeedsAVirtualClock()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var engine = new EmbeddedDurableEngine(new InMemoryOrchestrationStore(), new WorkflowRegistry(), services, TimeProvider.System);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.RunUntilAsync(DateTime.UtcNow.AddDays(1)));

        Assert.Contains("VirtualTimeProvider", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Twice_IsRefused()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var engine = new EmbeddedDurableEngine(new InMemoryOrchestrationStore(), new WorkflowRegistry(), services, TimeProvider.System);
        await engine.StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.StartAsync());
    }
}
