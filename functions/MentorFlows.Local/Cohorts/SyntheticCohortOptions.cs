using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Local.Cohorts;

/// <summary>What <see cref="SyntheticCohortGenerator"/> makes. The same options always give the same file.</summary>
public sealed record SyntheticCohortOptions
{
    public int MenteeCount { get; init; } = 200;

    public int MentorCount { get; init; } = 60;

    /// <summary>Schools of Study; mentors are spread evenly over them, mentees at random.</summary>
    public int SchoolCount { get; init; } = 5;

    /// <summary>Share of mentors (0–1) with training, contract or right-to-work still missing.</summary>
    public double UnclearedFraction { get; init; } = 0.15;

    /// <summary>Mentees aged 17 at <see cref="SchemeStart"/> (004).</summary>
    public int Under18Count { get; init; } = 4;

    /// <summary>
    /// When set, the last School gets only this many mentors (its first among them) and the others share the rest:
    /// a School short of mentors, whose mentees wait (DOMAIN.md "Matching"). Null spreads mentors evenly.
    /// </summary>
    public int? ShortSchoolMentorCount { get; init; }

    /// <summary>Mentees flagged as adults at risk (004); null flags about 2% of mentees at random.</summary>
    public int? AtRiskCount { get; init; }

    public int Seed { get; init; } = 2025;

    /// <summary>The day ages are taken on; dates of birth are chosen around it.</summary>
    public LocalDate SchemeStart { get; init; } = SchemeDefaults.Settings.Start;

    /// <summary>The domain of every email address; it must be one the scheme allows.</summary>
    public string EmailDomain { get; init; } = SchemeDefaults.Settings.AllowedEmailDomains[0];
}
