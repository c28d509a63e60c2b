using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Runtime.InMemory;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>
/// Issue 3's scale target: 10,000 concurrent instances, each waiting on monthly timers for a year (an activity after
/// each), on the virtual clock with the in-memory store, in under 30 s. <see cref="YearOfMonthlyTimers"/> is timed;
/// after each iteration the retained memory per waiting instance is printed (a GC'd heap measurement: the allocation
/// column counts garbage too, not what an idle instance keeps).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 3, warmupCount: 1)]
[MemoryDiagnoser]
public class YearOfTimersBenchmarks
{
    [Params(10_000)]
    public int Instances { get; set; }

    /// <summary>False: one execution holds the whole year's history. True: <see cref="MonthlyCheckInsContinued"/>.</summary>
    [Params(false, true)]
    public bool ContinueAsNewMonthly { get; set; }

    [Benchmark]
    public async Task<int> YearOfMonthlyTimers()
    {
        await using var year = new TimerYear(new InMemoryOrchestrationStore(), Instances, ContinueAsNewMonthly);
        return await year.RunYearAsync();
    }

    [IterationCleanup(Target = nameof(YearOfMonthlyTimers))]
    public void MeasureRetainedMemory()
    {
        var (atStart, afterElevenMonths) = MeasureBytesPerWaitingInstanceAsync().GetAwaiter().GetResult();
        Console.WriteLine($"// Retained bytes per waiting instance: {atStart:N0} after start, {afterElevenMonths:N0} after 11 months ({Instances:N0} instances)");
    }

    private async Task<(long AtStart, long AfterElevenMonths)> MeasureBytesPerWaitingInstanceAsync()
    {
        var baseline = Heap();
        await using var year = new TimerYear(new InMemoryOrchestrationStore(), Instances, ContinueAsNewMonthly);
        await year.StartAllAsync();
        await year.Engine.RunUntilIdleAsync();
        var atStart = (Heap() - baseline) / Instances;
        await year.Engine.RunUntilAsync(TimerYear.Start.AddMonths(11).AddDays(1).UtcDateTime);
        var later = (Heap() - baseline) / Instances;
        GC.KeepAlive(year);
        return (atStart, later);
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
