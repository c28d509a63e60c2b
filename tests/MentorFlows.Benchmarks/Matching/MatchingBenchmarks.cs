using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cohorts;

namespace MentorFlows.Benchmarks.Matching;

/// <summary>
/// Issue target: 20,000 mentees and 4,500 mentors matched in under 5 s, cost near-linear from 2,000 to 20,000.
/// The cohort is the project's synthetic one (<see cref="SyntheticCohortGenerator"/>: 15 Schools, 15 % of mentors
/// not cleared, 1 % of mentees under 18, about 2 % at risk and 1 % with a conflict), read by the cohort reader;
/// mentors are 22.5 % of mentees (450 for 2,000, 4,500 for 20,000). <see cref="Rematch"/> re-places a tenth of the mentees as
/// waiting around the other nine tenths kept as existing matches, with a dissolved pair per hundred.
/// <see cref="MatchPerPerson"/> is the same cohort on the per-person network (no interchangeable people grouped).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 5, warmupCount: 1)]
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private MatchRequest first = null!;
    private MatchRequest rematch = null!;

    [Params(2_000, 5_000, 10_000, 20_000)]
    public int Mentees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new SyntheticCohortOptions { MenteeCount = Mentees, MentorCount = Mentees * 9 / 40, SchoolCount = 15, Under18Count = Mentees / 100 };
        var scheme = SchemeDefaults.Settings;
        var cohort = CohortReader.Read(new StringReader(SyntheticCohortGenerator.Generate(options)), scheme);
        if (!cohort.IsValid)
        {
            throw new InvalidOperationException($"The synthetic cohort has {cohort.Errors.Count} invalid rows.");
        }

        first = MatchRequest.ForCohort(cohort.Participants, scheme);

        var initial = MentorMatcher.Match(first).Matches;
        var kept = initial.Where((_, i) => i % 10 != 0).Select(m => new MatchPair(m.MenteeId, m.MentorId)).ToList();
        var released = initial.Where((_, i) => i % 10 == 0).ToList();
        rematch = first with
        {
            ExistingMatches = kept,
            WaitingMenteeIds = [.. released.Select(m => m.MenteeId)],
            ExcludedPairs = [.. released.Where((_, i) => i % 10 == 0).Select(m => new MatchPair(m.MenteeId, m.MentorId))],
        };
    }

    [Benchmark(Baseline = true)]
    public MatchResult Match() => MentorMatcher.Match(first);

    [Benchmark]
    public MatchResult Rematch() => MentorMatcher.Match(rematch);

    /// <summary>The worst case: nobody grouped, as if everyone named a conflict of interest.</summary>
    [Benchmark]
    public MatchResult MatchPerPerson() => MentorMatcher.Match(first, groupInterchangeable: false);
}
