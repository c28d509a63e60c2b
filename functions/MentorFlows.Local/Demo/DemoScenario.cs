using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cohorts;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Demo;

/// <summary>
/// The <c>demo</c>'s year: a synthetic cohort (five Schools, one short of mentors, some mentors not cleared yet, a
/// few under-18s, an adult at risk) and what its people do, as EVENTS.json entries: a mentor cleared in the first
/// week, monthly check-in answers from most pairs (one pair not meeting for three months, one over-relying), a
/// mentee opting out, a safeguarding concern at 21:30 and its decision, a mentor resigning. Deterministic: the
/// same scheme gives the same files. Who does what is chosen from the first matching, so every event applies.
/// </summary>
public static class DemoScenario
{
    /// <summary>
    /// The demo cohort's shape. The seed is one whose short School (Engineering) has a mentor not yet cleared, so
    /// clearing them in the first week places some of its waiting mentees and leaves others waiting.
    /// </summary>
    public static SyntheticCohortOptions CohortOptions(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new SyntheticCohortOptions
        {
            MenteeCount = 80,
            MentorCount = 22,
            SchoolCount = 5,
            ShortSchoolMentorCount = 3,
            UnclearedFraction = 0.15,
            Under18Count = 3,
            AtRiskCount = 1,
            Seed = 2043,
            SchemeStart = scheme.Start,
            EmailDomain = scheme.AllowedEmailDomains[0],
        };
    }

    public static DemoFiles Create(SchemeSettings scheme)
    {
        var cohort = SyntheticCohortGenerator.Generate(CohortOptions(scheme));
        var participants = CohortReader.Read(new StringReader(cohort), scheme).Participants;
        var matching = MentorMatcher.Match(MatchRequest.ForCohort(participants, scheme));
        var events = new DemoEventPlanner(scheme, participants, matching).Plan();
        return new DemoFiles(cohort, events, participants, matching);
    }
}
