using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.InMemory;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>
/// Issue 3's scale target: 10,000 concurrent instances, each waiting on monthly timers for a year, on the virtual
/// clock with the in-memory store, in under 30 s. <see cref="YearOfMonthlyTimers"/> is timed; after each iteration the
/// retained memory per waiting instance is printed (a GC'd heap measurement: BenchmarkDotNet's allocation column
/// counts garbage too, not what an idle instance keeps).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 3, warmupCount: 1)]
[MemoryDiagnoser]
public class YearOfTimersBenchmarks
{
    private static readonly DateTimeOffset Start = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Params(10_000)]
    public int Instances { get; set; }

    /// <summary>False: one execution holds the whole year's history. True: <see cref="MonthlyCheckInsContinued"/>.</summary>
    [Params(false, true)]
    public bool ContinueAsNewMonthly { get; set; }

    [Benchmark]
    public async Task<int> YearOfMonthlyTimers()
    {
        await using var run = new Run(Instances, ContinueAsNewMonthly);
        await run.StartAllAsync();
        await run.Engine.RunToEndAsync();
        return await run.CountCompletedAsync();
    }

    [IterationCleanup(Target = nameof(YearOfMonthlyTimers))]
    public void MeasureRetainedMemory()
    {
        var (atStart, afterElevenMonths) = Run.MeasureBytesPerWaitingInstanceAsync(Instances, ContinueAsNewMonthly).GetAwaiter().GetResult();
        Console.WriteLine($"// Retained bytes per waiting instance: {atStart:N0} after start, {afterElevenMonths:N0} after 11 months ({Instances:N0} instances)");
    }

    /// <summary>One engine, store and virtual clock with <see cref="Instances"/> instances of <see cref="MonthlyCheckIns"/>.</summary>
    private sealed class Run : IAsyncDisposable
    {
        private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
        private readonly int _instances;

        private readonly string _orchestrator;

        public Run(int instances, bool continueAsNew)
        {
            _instances = instances;
            _orchestrator = continueAsNew ? nameof(MonthlyCheckInsContinued) : nameof(MonthlyCheckIns);
            var registry = new WorkflowRegistry()
                .AddOrchestrator(nameof(MonthlyCheckIns), _ => new MonthlyCheckIns())
                .AddOrchestrator(nameof(MonthlyCheckInsContinued), _ => new MonthlyCheckInsContinued())
                .AddActivity(nameof(RecordCheckIn), _ => new RecordCheckIn());
            Engine = new EmbeddedDurableEngine(new InMemoryOrchestrationStore(), registry, _services, new VirtualTimeProvider(Start));
        }

        public EmbeddedDurableEngine Engine { get; }

        public static async Task<(long AtStart, long AfterElevenMonths)> MeasureBytesPerWaitingInstanceAsync(int instances, bool continueAsNew)
        {
            var baseline = Heap();
            await using var run = new Run(instances, continueAsNew);
            await run.StartAllAsync();
            await run.Engine.RunUntilIdleAsync();
            var atStart = (Heap() - baseline) / instances;
            await run.Engine.RunUntilAsync(Start.AddMonths(11).AddDays(1).UtcDateTime);
            var later = (Heap() - baseline) / instances;
            GC.KeepAlive(run);
            return (atStart, later);
        }

        public async Task StartAllAsync()
        {
            for (var i = 0; i < _instances; i++)
            {
                await Engine.Client.ScheduleNewOrchestrationInstanceAsync(_orchestrator, 12, new StartOrchestrationOptions($"mentee-{i:D5}"));
            }
        }

        public async Task<int> CountCompletedAsync()
        {
            var completed = 0;
            await foreach (var _ in Engine.Client.GetAllInstancesAsync(new OrchestrationQuery([OrchestrationRuntimeStatus.Completed])))
            {
                completed++;
            }

            return completed == _instances ? completed : throw new InvalidOperationException($"Only {completed} of {_instances} instances completed.");
        }

        public async ValueTask DisposeAsync()
        {
            await Engine.DisposeAsync();
            await _services.DisposeAsync();
        }

        private static long Heap()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }
    }
}
