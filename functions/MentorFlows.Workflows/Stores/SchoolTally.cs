namespace MentorFlows.Workflows.Stores;

/// <summary>
/// Anonymous counts for one School of Study that outlive erasure (DOMAIN.md: "What stays is anonymous: counts and
/// rates per School"). Each erased participant adds their share once, with their receipt.
/// </summary>
public sealed record SchoolTally(
    string School,
    int Mentees = 0,
    int Mentors = 0,
    int MatchedMentees = 0,
    int OptedOut = 0,
    int Resigned = 0,
    int Removed = 0,
    int CheckInAnswers = 0,
    int MeetingsReported = 0)
{
    public SchoolTally Add(SchoolTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Mentees = Mentees + other.Mentees,
            Mentors = Mentors + other.Mentors,
            MatchedMentees = MatchedMentees + other.MatchedMentees,
            OptedOut = OptedOut + other.OptedOut,
            Resigned = Resigned + other.Resigned,
            Removed = Removed + other.Removed,
            CheckInAnswers = CheckInAnswers + other.CheckInAnswers,
            MeetingsReported = MeetingsReported + other.MeetingsReported,
        };
    }
}
