using MentorFlows.Domain.Matching;
using static MentorFlows.Domain.Tests.Matching.People;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class PreferenceMatchingTests
{
    [Fact]
    public void Match_SameCourseMentorAvailable_IsPreferred()
    {
        var mentors = new[] { Mentor("m1", course: "LLM Law", capacity: 1), Mentor("m2", course: "LLB Law", capacity: 1) };

        var result = MentorMatcher.Match(Request([Mentee("e1", course: "LLB Law")], mentors));

        var match = Assert.Single(result.Matches);
        Assert.Equal("m2", match.MentorId);
        Assert.Equal(MatchPreferences.SameCoursePoints, match.Score);
        Assert.Contains("same course", match.Reasons);
    }

    [Fact]
    public void Match_GenderPreference_IsMetWherePossible()
    {
        var mentors = new[] { Mentor("m1", gender: "male"), Mentor("m2", gender: "female") };

        var result = MentorMatcher.Match(Request([Mentee("e1", genderPreference: "female")], mentors));

        var match = Assert.Single(result.Matches);
        Assert.Equal("m2", match.MentorId);
        Assert.Contains("mentor's gender is the mentee's preference", match.Reasons);
    }

    [Fact]
    public void Match_GenderPreferenceAgainstCourse_PreferenceWeighsMore()
    {
        var mentors = new[] { Mentor("m1", course: "LLB Law", gender: "male"), Mentor("m2", course: "LLM Law", gender: "female") };

        var result = MentorMatcher.Match(Request([Mentee("e1", course: "LLB Law", genderPreference: "female")], mentors));

        Assert.Equal(["e1→m2"], Pairs(result));
        Assert.Equal(MatchPreferences.GenderPreferencePoints, result.Matches[0].Score);
    }

    [Fact]
    public void Match_GenderPreferenceUnmet_StillMatchedAndSaysSo()
    {
        var result = MentorMatcher.Match(Request([Mentee("e1", genderPreference: "female")], [Mentor("m1", gender: "male")]));

        var match = Assert.Single(result.Matches);
        Assert.Contains("mentee's gender preference could not be met", match.Reasons);
        Assert.Equal(MatchPreferences.SameCoursePoints, match.Score);
    }

    [Fact]
    public void Match_EqualMentors_GroupsAreEven()
    {
        var mentees = Enumerable.Range(1, 7).Select(i => Mentee($"e{i}"));

        var result = MentorMatcher.Match(Request(mentees, [Mentor("m1"), Mentor("m2"), Mentor("m3")]));

        var sizes = result.Matches.GroupBy(m => m.MentorId).Select(g => g.Count()).Order();
        Assert.Equal([2, 2, 3], sizes);
    }

    [Fact]
    public void Match_ExistingGroups_NewMenteesGoToTheSmallerGroup()
    {
        var request = Request([Mentee("e9")], [Mentor("m1"), Mentor("m2")]) with
        {
            ExistingMatches = [new MatchPair("e1", "m1"), new MatchPair("e2", "m1")],
        };

        var result = MentorMatcher.Match(request);

        Assert.Equal(["e9→m2"], Pairs(result));
    }

    [Fact]
    public void Match_Preferences_NeverCostAMatch()
    {
        // e1 would score on m1, but m1 is e2's only possible mentor: two matches beat one better one.
        var e1 = Mentee("e1", course: "LLB Law", genderPreference: "female");
        var e2 = Mentee("e2") with { DateOfBirth = Under18Birthday };
        var mentors = new[] { Mentor("m1", gender: "female", capacity: 1) with { CanMentorUnder18 = true }, Mentor("m2", course: "LLM Law", gender: "male", capacity: 1) };

        var result = MentorMatcher.Match(Request([e1, e2], mentors));

        Assert.Equal(["e1→m2", "e2→m1"], Pairs(result));
    }

    [Fact]
    public void Match_Reasons_NameTheSchoolAndTheGroup()
    {
        var result = MentorMatcher.Match(Request([Mentee("e1")], [Mentor("m1", capacity: 3)]));

        var reasons = Assert.Single(result.Matches).Reasons;
        Assert.Contains("same School of Study (School of Law)", reasons);
        Assert.Contains("mentor cleared: training, contract and right to work done", reasons);
        Assert.Contains("mentor's group: 1 of 3 places", reasons);
    }
}
