namespace MentorFlows.Domain.Matching;

/// <summary>
/// Finds the first <see cref="UnmatchedReason"/> that applies to a School's unmatched mentee, narrowing the
/// School's mentors rule by rule: any mentor, cleared, suitable (under-18 and at-risk rules), not forbidden, with
/// a free place before this matching. A mentee who passes every step lost the places to others: the matching is
/// maximum, so every suitable mentor is full by then.
/// </summary>
internal sealed class UnmatchedExplainer
{
    private readonly SchoolCohort cohort;
    private readonly List<MentorEntry> cleared;
    private readonly Dictionary<(bool Under18, bool AtRisk), List<MentorEntry>> suitable = [];

    public UnmatchedExplainer(SchoolCohort cohort)
    {
        this.cohort = cohort;
        cleared = [.. cohort.Mentors.Where(m => HardRules.MentorMayReceiveMentees(m.Person))];
        foreach (var under18 in new[] { false, true })
        {
            foreach (var atRisk in new[] { false, true })
            {
                suitable[(under18, atRisk)] = [.. cleared.Where(m =>
                    HardRules.Under18RuleHolds(under18, m.Person) && (!atRisk || HardRules.MayMentorAtRisk(m.Person)))];
            }
        }
    }

    public UnmatchedMentee Explain(MenteeEntry mentee)
    {
        var atRisk = mentee.Person.AtRisk;
        var reason = ReasonFor(mentee, atRisk);
        return new UnmatchedMentee(
            mentee.Id,
            mentee.Person.School,
            reason,
            UnmatchedExplanations.Describe(reason, mentee.Person.School, mentee.Under18, atRisk));
    }

    private UnmatchedReason ReasonFor(MenteeEntry mentee, bool atRisk)
    {
        if (cohort.Mentors.Count == 0)
        {
            return UnmatchedReason.NoMentorInSchool;
        }

        if (cleared.Count == 0)
        {
            return UnmatchedReason.NoClearedMentor;
        }

        var candidates = suitable[(mentee.Under18, atRisk)];
        if (candidates.Count == 0)
        {
            return (mentee.Under18, atRisk) switch
            {
                (true, false) => UnmatchedReason.NoMentorForUnder18,
                (false, true) => UnmatchedReason.NoMentorForAtRisk,
                _ when suitable[(true, false)].Count == 0 => UnmatchedReason.NoMentorForUnder18,
                _ when suitable[(false, true)].Count == 0 => UnmatchedReason.NoMentorForAtRisk,
                _ => UnmatchedReason.NoMentorForUnder18AtRisk,
            };
        }

        if (candidates.TrueForAll(m => cohort.Forbidden(mentee, m)))
        {
            return UnmatchedReason.ConflictWithEverySuitableMentor;
        }

        return candidates.Exists(m => m.Remaining > 0 && !cohort.Forbidden(mentee, m))
            ? UnmatchedReason.PlacesTaken
            : UnmatchedReason.NoCapacity;
    }
}
