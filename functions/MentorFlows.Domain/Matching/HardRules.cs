using MentorFlows.Domain.Cohort;
using NodaTime;

namespace MentorFlows.Domain.Matching;

/// <summary>
/// The hard rules of matching (DOMAIN.md "Matching"): a pair that breaks one is never made. Capacity is the one
/// rule about a mentor's whole group rather than a pair; see <see cref="CapacityOf"/>.
/// Schools are compared ignoring case, student ids ordinally.
/// </summary>
public static class HardRules
{
    /// <summary>A mentor is a student of the mentee's own School of Study (000).</summary>
    public static bool SameSchool(Participant mentee, Participant mentor) =>
        string.Equals(mentee.School, mentor.School, StringComparison.OrdinalIgnoreCase);

    /// <summary>A mentor receives mentees only once cleared: training, contract, right to work (000, 001).</summary>
    public static bool MentorMayReceiveMentees(Participant mentor) => mentor.IsCleared;

    /// <summary>
    /// How many mentees a mentor may have in all (existing matches included): the CSV override, else the scheme
    /// default; never below zero.
    /// </summary>
    public static int CapacityOf(Participant mentor, int defaultCapacity) =>
        Math.Max(0, mentor.MentorCapacity ?? defaultCapacity);

    /// <summary>A mentee under 18 at scheme start only with a mentor cleared for under-18s (004).</summary>
    public static bool Under18RuleHolds(bool menteeUnder18, Participant mentor) =>
        !menteeUnder18 || mentor.CanMentorUnder18;

    /// <summary>A mentee flagged as an adult at risk only with a mentor who consented and is trained (004).</summary>
    public static bool AtRiskRuleHolds(Participant mentee, Participant mentor) =>
        !mentee.AtRisk || MayMentorAtRisk(mentor);

    /// <summary>Consented to mentor adults at risk and has completed training (004).</summary>
    public static bool MayMentorAtRisk(Participant mentor) => mentor.AtRiskConsent && mentor.TrainingCompleted;

    /// <summary>Either side lists the other as a conflict of interest (003).</summary>
    public static bool InConflict(Participant mentee, Participant mentor) =>
        mentee.Conflicts.Contains(mentor.StudentId, StringComparer.Ordinal)
        || mentor.Conflicts.Contains(mentee.StudentId, StringComparer.Ordinal);

    /// <summary>
    /// Every pair rule at once: same School, mentor cleared, under-18 and at-risk rules, no conflict of interest and
    /// not a pair dissolved before. Capacity is checked on the group, not here.
    /// </summary>
    public static bool AllowPair(Participant mentee, Participant mentor, LocalDate schemeStart, IReadOnlySet<MatchPair> dissolvedPairs)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(dissolvedPairs);
        return SameSchool(mentee, mentor)
            && MentorMayReceiveMentees(mentor)
            && Under18RuleHolds(mentee.IsUnder18On(schemeStart), mentor)
            && AtRiskRuleHolds(mentee, mentor)
            && !InConflict(mentee, mentor)
            && !dissolvedPairs.Contains(new MatchPair(mentee.StudentId, mentor.StudentId));
    }
}
