using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Simulation;

namespace MentorFlows.Benchmarks.Workflows;

/// <summary>
/// Issue 4's targets: a simulated scheme year (upload a week before the start, intros, six check-in rounds, reviews,
/// closure, erasure after retention) for 3,000 mentees and 700 mentors in under 60 s, and ten times the cohort costing
/// no more than about twelve times the time (compare 300/70 with 3,000/700). In-memory stores and a counting mailer;
/// the run fails if anything personal is left at the end.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 3, warmupCount: 1)]
[MemoryDiagnoser]
public class SchemeYearBenchmarks
{
    private byte[] _cohort = [];

    [Params(300, 3_000)]
    public int Mentees { get; set; }

    [GlobalSetup]
    public void CreateCohort() => _cohort = YearCohortFile.Create(Mentees, Mentees * 7 / 30);

    [Benchmark]
    public async Task<int> SimulatedYear()
    {
        var mailer = new CountingMailer();
        var result = await SchemeSimulator.RunAsync(new SimulationRequest
        {
            Scheme = SchemeDefaults.Settings,
            CohortFileName = "cohort.csv",
            CohortContent = _cohort,
            Mailer = mailer,
        });
        return result.Summary.PersonalDataRemaining == 0
            ? mailer.Sent
            : throw new InvalidOperationException($"{result.Summary.PersonalDataRemaining} records still hold personal data.");
    }
}
