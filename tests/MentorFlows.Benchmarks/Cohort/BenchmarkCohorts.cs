using MentorFlows.Local.Cohorts;

namespace MentorFlows.Benchmarks.Cohort;

/// <summary>Synthetic cohort files of each <see cref="CohortSize"/>, written to a temporary folder.</summary>
internal static class BenchmarkCohorts
{
    public static SyntheticCohortOptions Options(CohortSize size) => size switch
    {
        CohortSize.Mentees2000 => new SyntheticCohortOptions { MenteeCount = 2_000, MentorCount = 500, SchoolCount = 12, Under18Count = 20 },
        CohortSize.Mentees20000 => new SyntheticCohortOptions { MenteeCount = 20_000, MentorCount = 5_000, SchoolCount = 30, Under18Count = 200 },
        CohortSize.Rows100000 => new SyntheticCohortOptions { MenteeCount = 80_000, MentorCount = 20_000, SchoolCount = 40, Under18Count = 800 },
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    /// <summary>Writes the cohort of <paramref name="size"/> to a new file, streaming, and returns its path.</summary>
    public static string WriteFile(CohortSize size)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mentorflows-benchmarks"));
        var path = Path.Combine(directory.FullName, $"cohort-{size}.csv");
        using var writer = new StreamWriter(path);
        SyntheticCohortGenerator.Write(Options(size), writer);
        return path;
    }
}
