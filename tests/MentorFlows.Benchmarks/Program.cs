using BenchmarkDotNet.Running;
using MentorFlows.Benchmarks.Cohort;

// Every benchmark class in this assembly; pick with --filter. `--measure-validate` prints the validate verb's peak
// working set on a 100,000-row file, which BenchmarkDotNet does not measure.
if (args is ["--measure-validate"])
{
    return await ValidatePeakMemory.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(CohortValidationBenchmarks).Assembly).Run(args);
return 0;
