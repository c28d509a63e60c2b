using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Matching;

/// <summary>
/// The preferences of matching, met "where possible" (DOMAIN.md "Matching", 000, 002), as numbers.
/// A match scores <see cref="PointsFor"/>: <see cref="GenderPreferencePoints"/> when the mentee stated a preferred
/// mentor gender and the mentor has it, plus <see cref="SameCoursePoints"/> when both study the same course.
/// The mentee's own stated preference weighs more than the course (002: ask mentees their preferences so they are
/// comfortable with their pair). Even group sizes are a convex cost: a mentor with a group of n costs n², so the
/// k-th mentee of a group adds 2k − 1 and the matcher fills small groups first. How these combine with the number
/// of matches is <see cref="MatchObjective"/>.
/// </summary>
public static class MatchPreferences
{
    public const int GenderPreferencePoints = 2;

    public const int SameCoursePoints = 1;

    /// <summary>The most a single match can score.</summary>
    public const int MaximumPoints = GenderPreferencePoints + SameCoursePoints;

    /// <summary>Courses are compared ignoring case.</summary>
    public static bool SameCourse(Participant mentee, Participant mentor) =>
        string.Equals(mentee.Course, mentor.Course, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the mentee stated a preference and the mentor's gender is it; no preference is never "met".</summary>
    public static bool GenderPreferenceMet(Participant mentee, Participant mentor) =>
        mentee.GenderPreference is { } wanted && string.Equals(wanted, mentor.Gender, StringComparison.OrdinalIgnoreCase);

    public static int PointsFor(Participant mentee, Participant mentor) =>
        (GenderPreferenceMet(mentee, mentor) ? GenderPreferencePoints : 0) + (SameCourse(mentee, mentor) ? SameCoursePoints : 0);

    /// <summary>The evenness cost of one mentor's group of <paramref name="groupSize"/> mentees (existing ones included).</summary>
    public static long GroupCost(int groupSize) => (long)groupSize * groupSize;

    /// <summary>What the <paramref name="groupSize"/>-th mentee of a group adds: GroupCost(k) − GroupCost(k − 1) = 2k − 1.</summary>
    public static long MarginalGroupCost(int groupSize) => GroupCost(groupSize) - GroupCost(groupSize - 1);
}
