namespace MentorFlows.Benchmarks.Cohort;

/// <summary>The cohorts the targets name: 2,000 and 20,000 mentees (a quarter as many mentors), and a 100,000-row file.</summary>
public enum CohortSize
{
    Mentees2000,
    Mentees20000,
    Rows100000,
}
