namespace MentorFlows.Domain.Matching;

/// <summary>
/// Why a mentee has no mentor, the first of these that applies, in this order. Every one leaves the mentee waiting
/// for capacity (DOMAIN.md: a mentor cleared, a late mentor upload, a resignation's places).
/// </summary>
public enum UnmatchedReason
{
    /// <summary>The mentee's School has no mentor at all.</summary>
    NoMentorInSchool,

    /// <summary>The School has mentors, none of them cleared yet.</summary>
    NoClearedMentor,

    /// <summary>Under 18 at scheme start and no cleared mentor of the School may mentor under-18s.</summary>
    NoMentorForUnder18,

    /// <summary>Flagged as an adult at risk and no cleared mentor of the School has consented and been trained.</summary>
    NoMentorForAtRisk,

    /// <summary>Under 18 and at risk: each kind of mentor exists, but none is both.</summary>
    NoMentorForUnder18AtRisk,

    /// <summary>Every suitable mentor has a conflict of interest or a dissolved match with the mentee.</summary>
    ConflictWithEverySuitableMentor,

    /// <summary>Every suitable mentor was already full before this matching (existing matches).</summary>
    NoCapacity,

    /// <summary>Suitable mentors had places, but a maximum matching gives all of them to other mentees.</summary>
    PlacesTaken,
}
