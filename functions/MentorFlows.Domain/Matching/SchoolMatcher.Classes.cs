namespace MentorFlows.Domain.Matching;

internal static partial class SchoolMatcher
{
    /// <summary>
    /// Mentee and mentor classes, each sorted by its first member's id, members by id. Anyone in a forbidden pair,
    /// or everyone when <paramref name="groupInterchangeable"/> is false, is a class of their own.
    /// </summary>
    private static (List<List<MenteeEntry>> Mentees, List<List<MentorEntry>> Mentors) Classify(SchoolCohort cohort, bool groupInterchangeable)
    {
        var involved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in cohort.ForbiddenPairs)
        {
            involved.Add(pair.MenteeId);
            involved.Add(pair.MentorId);
        }

        string? Singleton(string id) => !groupInterchangeable || involved.Contains(id) ? id : null;

        var mentees = GroupInOrder(cohort.Mentees, m => (
            Singleton: Singleton(m.Id),
            Course: m.Person.Course.ToUpperInvariant(),
            Preference: m.Person.GenderPreference?.ToUpperInvariant(),
            m.Under18,
            m.Person.AtRisk,
            m.Waiting));
        var mentors = GroupInOrder(cohort.Mentors.Where(m => m.Open), m => (
            Singleton: Singleton(m.Id),
            Course: m.Person.Course.ToUpperInvariant(),
            Gender: m.Person.Gender?.ToUpperInvariant(),
            m.Person.CanMentorUnder18,
            AtRisk: HardRules.MayMentorAtRisk(m.Person),
            m.Existing));
        return (mentees, mentors);
    }

    /// <summary>Groups by key: groups in order of first appearance, members in input order.</summary>
    private static List<List<T>> GroupInOrder<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var groups = new List<List<T>>();
        var index = new Dictionary<TKey, int>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!index.TryGetValue(k, out var g))
            {
                g = groups.Count;
                index.Add(k, g);
                groups.Add([]);
            }

            groups[g].Add(item);
        }

        return groups;
    }
}
