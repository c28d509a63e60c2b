namespace MentorFlows.Domain.Matching;

/// <summary>
/// Matches mentees with mentors (DOMAIN.md "Matching"): never breaking a <see cref="HardRules">hard rule</see>,
/// matching as many mentees as possible, then the most waiting mentees, then the best
/// <see cref="MatchPreferences">preferences</see>, as <see cref="MatchObjective"/> defines. The same request,
/// in any order, gives the same result. Schools are matched independently (<see cref="SchoolMatcher"/>).
/// </summary>
public static class MentorMatcher
{
    public static MatchResult Match(MatchRequest request) => Match(request, groupInterchangeable: true);

    /// <param name="request">The people, places and history to match.</param>
    /// <param name="groupInterchangeable">
    /// False builds the plain per-person flow network: slower, same objective; tests compare the two.
    /// </param>
    internal static MatchResult Match(MatchRequest request, bool groupInterchangeable)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowOnDuplicates(request.Mentees, "mentee");
        ThrowOnDuplicates(request.Mentors, "mentor");

        var alreadyMatched = request.ExistingMatches.Select(e => e.MenteeId).ToHashSet(StringComparer.Ordinal);
        var existingPerMentor = request.ExistingMatches
            .GroupBy(e => e.MentorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var waiting = request.WaitingMenteeIds.ToHashSet(StringComparer.Ordinal);
        var dissolved = request.ExcludedPairs.ToHashSet();

        var mentees = request.Mentees
            .Where(m => !alreadyMatched.Contains(m.StudentId))
            .OrderBy(m => m.StudentId, StringComparer.Ordinal)
            .Select(m => new MenteeEntry(m, m.IsUnder18On(request.SchemeStart), waiting.Contains(m.StudentId)))
            .ToLookup(m => SchoolKey(m.Person.School));
        var mentors = request.Mentors
            .OrderBy(m => m.StudentId, StringComparer.Ordinal)
            .Select(m => new MentorEntry(
                m,
                existingPerMentor.GetValueOrDefault(m.StudentId),
                HardRules.CapacityOf(m, request.DefaultMentorCapacity)))
            .ToLookup(m => SchoolKey(m.Person.School));

        var matches = new List<MentorMatch>();
        var unmatched = new List<UnmatchedMentee>();
        foreach (var schoolMentees in mentees.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var schoolMentors = mentors[schoolMentees.Key].ToList();
            var cohort = new SchoolCohort(
                schoolMentees.First().Person.School,
                [.. schoolMentees],
                schoolMentors,
                ForbiddenPairs([.. schoolMentees], schoolMentors, dissolved));
            var pairs = SchoolMatcher.Solve(cohort, groupInterchangeable);
            var groupSizes = schoolMentors.ToDictionary(m => m.Id, m => m.Existing, StringComparer.Ordinal);
            foreach (var (_, mentor) in pairs)
            {
                groupSizes[mentor.Id]++;
            }

            var placed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (mentee, mentor) in pairs)
            {
                placed.Add(mentee.Id);
                matches.Add(new MentorMatch(
                    mentee.Id,
                    mentor.Id,
                    mentee.Person.School,
                    MatchPreferences.PointsFor(mentee.Person, mentor.Person),
                    MatchReasons.For(mentee, mentor, groupSizes[mentor.Id])));
            }

            var explainer = new UnmatchedExplainer(cohort);
            unmatched.AddRange(cohort.Mentees.Where(m => !placed.Contains(m.Id)).Select(explainer.Explain));
        }

        matches.Sort((x, y) => string.CompareOrdinal(x.MenteeId, y.MenteeId));
        unmatched.Sort((x, y) => string.CompareOrdinal(x.MenteeId, y.MenteeId));
        var objective = MatchObjective.Evaluate(request, matches.Select(m => new MatchPair(m.MenteeId, m.MentorId)));
        return new MatchResult(matches, unmatched, objective);
    }

    /// <summary>Schools are the same School whatever their letter case.</summary>
    private static string SchoolKey(string school) => school.ToUpperInvariant();

    /// <summary>Conflicts of interest named on either side, and dissolved pairs, restricted to this School's people.</summary>
    private static HashSet<MatchPair> ForbiddenPairs(
        IReadOnlyList<MenteeEntry> mentees,
        IReadOnlyList<MentorEntry> mentors,
        IReadOnlySet<MatchPair> dissolved)
    {
        var menteeIds = mentees.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var mentorIds = mentors.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var forbidden = new HashSet<MatchPair>();
        foreach (var mentee in mentees)
        {
            foreach (var other in mentee.Person.Conflicts.Where(mentorIds.Contains))
            {
                forbidden.Add(new MatchPair(mentee.Id, other));
            }
        }

        foreach (var mentor in mentors)
        {
            foreach (var other in mentor.Person.Conflicts.Where(menteeIds.Contains))
            {
                forbidden.Add(new MatchPair(other, mentor.Id));
            }
        }

        forbidden.UnionWith(dissolved.Where(p => menteeIds.Contains(p.MenteeId) && mentorIds.Contains(p.MentorId)));
        return forbidden;
    }

    private static void ThrowOnDuplicates(IEnumerable<Cohort.Participant> people, string role)
    {
        var duplicate = people.GroupBy(p => p.StudentId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Student id {duplicate.Key} appears more than once among the {role}s.", "request");
        }
    }
}
