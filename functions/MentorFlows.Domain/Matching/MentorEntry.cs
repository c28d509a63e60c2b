using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Matching;

/// <summary>
/// A mentor of the request with its group before this matching: <see cref="Existing"/> mentees already matched,
/// <see cref="Capacity"/> places in all, <see cref="Remaining"/> = places still free (never negative).
/// </summary>
internal sealed record MentorEntry(Participant Person, int Existing, int Capacity)
{
    public string Id => Person.StudentId;

    public int Remaining => Math.Max(0, Capacity - Existing);

    /// <summary>Cleared with a free place: the only mentors that receive mentees now.</summary>
    public bool Open => HardRules.MentorMayReceiveMentees(Person) && Remaining > 0;
}
