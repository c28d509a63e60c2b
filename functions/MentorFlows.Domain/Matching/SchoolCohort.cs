namespace MentorFlows.Domain.Matching;

/// <summary>
/// One School of Study's share of a request (matching never crosses Schools): its mentees still to place and all
/// its mentors, both sorted by student id, and the pairs that may never be made (conflicts of interest on either
/// side and dissolved pairs) among them.
/// </summary>
internal sealed record SchoolCohort(
    string School,
    IReadOnlyList<MenteeEntry> Mentees,
    IReadOnlyList<MentorEntry> Mentors,
    IReadOnlySet<MatchPair> ForbiddenPairs)
{
    public bool Forbidden(MenteeEntry mentee, MentorEntry mentor) =>
        ForbiddenPairs.Count > 0 && ForbiddenPairs.Contains(new MatchPair(mentee.Id, mentor.Id));
}
