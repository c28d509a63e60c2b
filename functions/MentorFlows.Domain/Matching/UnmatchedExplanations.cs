namespace MentorFlows.Domain.Matching;

/// <summary>The words a coordinator reads for each <see cref="UnmatchedReason"/>. No personal data: the School only.</summary>
public static class UnmatchedExplanations
{
    public static string Describe(UnmatchedReason reason, string school, bool under18, bool atRisk) => reason switch
    {
        UnmatchedReason.NoMentorInSchool => $"no mentor in {school}",
        UnmatchedReason.NoClearedMentor => $"no cleared mentor in {school} yet",
        UnmatchedReason.NoMentorForUnder18 => $"under 18 at scheme start and no mentor in {school} is cleared for under-18s",
        UnmatchedReason.NoMentorForAtRisk =>
            $"flagged as an adult at risk and no cleared mentor in {school} has consented and been trained to mentor adults at risk",
        UnmatchedReason.NoMentorForUnder18AtRisk =>
            $"under 18 at scheme start and flagged at risk, and no mentor in {school} is both cleared for under-18s and trained for adults at risk",
        UnmatchedReason.ConflictWithEverySuitableMentor =>
            $"every suitable mentor in {school} has a conflict of interest or a dissolved match with this mentee",
        UnmatchedReason.NoCapacity => $"no {SuitableMentor(under18, atRisk)} with capacity in {school}",
        UnmatchedReason.PlacesTaken =>
            $"no {SuitableMentor(under18, atRisk)} with capacity in {school}: the places went to other mentees",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };

    private static string SuitableMentor(bool under18, bool atRisk) => (under18, atRisk) switch
    {
        (false, false) => "cleared mentor",
        (true, false) => "mentor cleared for under-18s",
        (false, true) => "mentor trained for adults at risk",
        (true, true) => "mentor cleared for under-18s and trained for adults at risk",
    };
}
