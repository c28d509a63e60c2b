using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>One engine on a virtual clock over a store, with a number of <see cref="MonthlyCheckIns"/> instances.</summary>
internal sealed class TimerYear : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly int _instances;
    private readonly string _orchestrator;

    public TimerYear(IOrchestrationStore store, int instances, bool continueAsNew)
    {
        _instances = instances;
        _orchestrator = continueAsNew ? nameof(MonthlyCheckInsContinued) : nameof(MonthlyCheckIns);
        var registry = new WorkflowRegistry()
            .AddOrchestrator(nameof(MonthlyCheckIns), _ => new MonthlyCheckIns())
            .AddOrchestrator(nameof(MonthlyCheckInsContinued), _ => new MonthlyCheckInsContinued())
            .AddActivity(nameof(RecordCheckIn), _ => new RecordCheckIn());
        Engine = new EmbeddedDurableEngine(store, registry, _services, new VirtualTimeProvider(Start));
    }

    public EmbeddedDurableEngine Engine { get; }

    /// <summary>Starts every instance and runs the whole year; throws unless every instance completed.</summary>
    public async Task<int> RunYearAsync()
    {
        await StartAllAsync();
        await Engine.RunToEndAsync();
        var completed = 0;
        await foreach (var _ in Engine.Client.GetAllInstancesAsync(new OrchestrationQuery([OrchestrationRuntimeStatus.Completed])))
        {
            completed++;
        }

        return completed == _instances ? completed : throw new InvalidOperationException($"Only {completed} of {_instances} instances completed.");
    }

    public async Task StartAllAsync()
    {
        for (var i = 0; i < _instances; i++)
        {
            await Engine.Client.ScheduleNewOrchestrationInstanceAsync(_orchestrator, 12, new StartOrchestrationOptions($"mentee-{i:D5}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await _services.DisposeAsync();
    }
}
