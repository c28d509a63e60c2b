using MentorFlows.Domain.Matching;
using static MentorFlows.Domain.Tests.Matching.People;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class DeterminismTests
{
    [Fact]
    public void Match_InterchangeableMenteesOnePlace_LowestStudentIdWins()
    {
        var result = MentorMatcher.Match(Request([Mentee("s3"), Mentee("s1"), Mentee("s2")], [Mentor("m1", capacity: 1)]));

        Assert.Equal(["s1→m1"], Pairs(result));
        Assert.Equal(["s2", "s3"], result.Unmatched.Select(u => u.MenteeId));
    }

    [Fact]
    public void Match_InterchangeableMentors_RoundRobinByStudentId()
    {
        var result = MentorMatcher.Match(Request([Mentee("e1"), Mentee("e2"), Mentee("e3")], [Mentor("m2"), Mentor("m1")]));

        Assert.Equal(["e1→m1", "e2→m2", "e3→m1"], Pairs(result));
    }

    [Fact]
    public void Match_InputOrderReversed_SameResult()
    {
        var mentees = Enumerable.Range(1, 30).Select(i => Mentee($"e{i:D2}", course: i % 3 == 0 ? "LLM Law" : "LLB Law", genderPreference: i % 4 == 0 ? "female" : null)).ToList();
        var mentors = Enumerable.Range(1, 8).Select(i => Mentor($"m{i}", course: i % 2 == 0 ? "LLM Law" : "LLB Law", gender: i % 3 == 0 ? "female" : "male", capacity: 3)).ToList();

        var forwards = MentorMatcher.Match(Request(mentees, mentors));
        var backwards = MentorMatcher.Match(Request(Enumerable.Reverse(mentees), Enumerable.Reverse(mentors)));

        Assert.Equal(Pairs(forwards), Pairs(backwards));
        Assert.Equal(forwards.Unmatched, backwards.Unmatched);
    }
}
