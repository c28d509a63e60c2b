using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Runtime.Tests;

public sealed class DependencyInjectionTests
{
    private static WorkflowRegistry Registry() => new WorkflowRegistry()
        .Orchestrator<int, string>("Nap", async (ctx, ms) =>
        {
            await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddMilliseconds(ms), CancellationToken.None);
            return await ctx.CallActivityAsync<string>("Wake", ms);
        })
        .Activity<int, string>("Wake", ms => $"slept {ms} ms");

    [Fact]
    public async Task HostedService_WithTheRealClock_RunsInstancesToCompletion()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton(Registry())
            .AddEmbeddedDurableRuntime()
            .BuildServiceProvider();
        var hosted = Assert.Single(provider.GetServices<IHostedService>());
        await hosted.StartAsync(CancellationToken.None);
        var client = provider.GetRequiredService<IOrchestrationClient>();

        var id = await client.ScheduleNewOrchestrationInstanceAsync("Nap", 50);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true).WaitAsync(TimeSpan.FromSeconds(20));
        await hosted.StopAsync(CancellationToken.None);

        Assert.Equal("slept 50 ms", done.ReadOutputAs<string>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task BackgroundLoop_OnAVirtualClockThatAdvancesWhenIdle_JumpsThreeWeeksAtOnce()
    {
        var clock = new VirtualTimeProvider(Harness.Start);
        await using var provider = new ServiceCollection()
            .AddSingleton(Registry())
            .AddSingleton<TimeProvider>(clock)
            .AddEmbeddedDurableRuntime(o => o.AdvanceVirtualTimeWhenIdle = true)
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<EmbeddedDurableEngine>();
        await engine.StartAsync();

        var weeks = (int)TimeSpan.FromDays(21).TotalMilliseconds;
        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync("Nap", weeks);
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true).WaitAsync(TimeSpan.FromSeconds(20));
        await engine.StopAsync();

        Assert.Equal($"slept {weeks} ms", done.ReadOutputAs<string>());
        Assert.Equal(Harness.Start.AddDays(21), clock.GetUtcNow());
    }

    [Fact]
    public async Task UsePostgres_RegistersThePostgresStore_WithoutConnecting()
    {
        await using var provider = new ServiceCollection()
            .AddSingleton(Registry())
            .AddEmbeddedDurableRuntime(o => o.UsePostgres("Host=127.0.0.1;Port=1;Username=nobody", "local_runtime"))
            .BuildServiceProvider();

        var store = Assert.IsType<PostgresOrchestrationStore>(provider.GetRequiredService<IOrchestrationStore>());
        Assert.Equal("local_runtime", store.Schema);
    }

    [Fact]
    public void Options_OutOfRange_AreRefusedAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddEmbeddedDurableRuntime(o => o.MaxConcurrentActivities = 0));
    }
}
