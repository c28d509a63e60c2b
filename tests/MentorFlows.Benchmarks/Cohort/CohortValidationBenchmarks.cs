using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cli;

namespace MentorFlows.Benchmarks.Cohort;

/// <summary>
/// Issue target: a 100,000-row cohort validates in under 3 s and 300 MB. <see cref="ValidateFile"/> is the
/// <c>validate</c> verb's path (file, decoding, every check, the summary); <see cref="ReadText"/> is the Domain reader
/// alone on text already in memory. Peak working set of the whole process: run with <c>--measure-validate</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 3, warmupCount: 1)]
[MemoryDiagnoser]
public class CohortValidationBenchmarks
{
    private string _path = string.Empty;
    private string _text = string.Empty;

    [Params(CohortSize.Mentees2000, CohortSize.Mentees20000, CohortSize.Rows100000)]
    public CohortSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkCohorts.WriteFile(Size);
        _text = File.ReadAllText(_path);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public ExitCode ValidateFile() => ValidateCommand.Run(new FileInfo(_path), schemeFile: null, TextWriter.Null);

    [Benchmark]
    public CohortReadResult ReadText() => CohortReader.Read(new StringReader(_text), SchemeDefaults.Settings);
}
