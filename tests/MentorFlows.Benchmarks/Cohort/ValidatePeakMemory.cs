using System.Diagnostics;
using MentorFlows.Local.Cli;

namespace MentorFlows.Benchmarks.Cohort;

/// <summary>
/// <c>--measure-validate</c>: runs the <c>validate</c> verb once, cold, in this process on a 100,000-row file and
/// prints elapsed time, bytes allocated and the process's peak working set (which BenchmarkDotNet does not report).
/// The file is written first, streaming, so it adds little to the peak; the figure is an upper bound for the verb.
/// </summary>
internal static class ValidatePeakMemory
{
    public static async Task<int> RunAsync()
    {
        var path = BenchmarkCohorts.WriteFile(CohortSize.Rows100000);
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            using var output = new StringWriter();
            var exitCode = await MentorFlowsCli.RunAsync(["validate", path], output, Console.Error);
            stopwatch.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine($"validate {new FileInfo(path).Length / 1_048_576.0:F1} MB, {output.ToString().Trim()}");
            Console.WriteLine($"exit {exitCode}; elapsed {stopwatch.Elapsed.TotalSeconds:F2} s; allocated {allocated / 1_048_576.0:F0} MB; peak working set {process.PeakWorkingSet64 / 1_048_576.0:F0} MB");
            return exitCode;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
