using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Matching;

/// <summary>A mentee to place, with the facts the rules need worked out once.</summary>
internal sealed record MenteeEntry(Participant Person, bool Under18, bool Waiting)
{
    public string Id => Person.StudentId;
}
