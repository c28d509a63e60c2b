using MentorFlows.Domain.Matching;
using static MentorFlows.Domain.Tests.Matching.People;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class RematchingTests
{
    [Fact]
    public void Match_CapacityShort_WaitingMenteesFirst()
    {
        var mentees = new[] { Mentee("a-new"), Mentee("b-new"), Mentee("y-waiting"), Mentee("z-waiting") };
        var request = Request(mentees, [Mentor("m1", capacity: 2)]) with { WaitingMenteeIds = ["y-waiting", "z-waiting"] };

        var result = MentorMatcher.Match(request);

        Assert.Equal(["y-waiting→m1", "z-waiting→m1"], Pairs(result));
        Assert.All(result.Matches, m => Assert.Contains("was waiting: placed before newcomers", m.Reasons));
    }

    [Fact]
    public void Match_WaitingPriority_OutweighsPreferences()
    {
        var newcomer = Mentee("a-new", genderPreference: "female");
        var waiting = Mentee("b-waiting", course: "BA History", genderPreference: "male");
        var request = Request([newcomer, waiting], [Mentor("m1", gender: "female", capacity: 1)]) with { WaitingMenteeIds = ["b-waiting"] };

        var result = MentorMatcher.Match(request);

        Assert.Equal(["b-waiting→m1"], Pairs(result));
    }

    [Fact]
    public void Match_WaitingPriority_NeverReducesHowManyAreMatched()
    {
        // Placing the waiting mentee with m1 would leave the under-18 newcomer without a mentor.
        var young = Mentee("a-new") with { DateOfBirth = Under18Birthday };
        var mentors = new[] { Mentor("m1", capacity: 1) with { CanMentorUnder18 = true }, Mentor("m2", capacity: 1) };
        var request = Request([young, Mentee("b-waiting")], mentors) with { WaitingMenteeIds = ["b-waiting"] };

        var result = MentorMatcher.Match(request);

        Assert.Equal(["a-new→m1", "b-waiting→m2"], Pairs(result));
    }

    [Fact]
    public void Match_ExistingMatches_KeptOutOfResultAndUseCapacity()
    {
        var request = Request([Mentee("e1"), Mentee("e2"), Mentee("e3")], [Mentor("m1", capacity: 2), Mentor("m2", capacity: 1)]) with
        {
            ExistingMatches = [new MatchPair("e1", "m1")],
        };

        var result = MentorMatcher.Match(request);

        Assert.Equal(["e2→m1", "e3→m2"], Pairs(result));
        Assert.Empty(result.Unmatched);
        Assert.Equal(2, result.Objective.Matched);
    }

    [Fact]
    public void Match_AfterResignation_DissolvedPairAvoidedAndWaitingPlaced()
    {
        // m1 resigned: its mentee e1 waits again; e2 waited from before; e3 is new. m2 has two places, and e2 was once dissolved from m3.
        var mentees = new[] { Mentee("e1"), Mentee("e2"), Mentee("e3") };
        var request = Request(mentees, [Mentor("m2", capacity: 2), Mentor("m3", capacity: 1)]) with
        {
            WaitingMenteeIds = ["e1", "e2"],
            ExcludedPairs = [new MatchPair("e2", "m3")],
        };

        var result = MentorMatcher.Match(request);

        Assert.Equal(3, result.Matches.Count);
        Assert.Equal("m2", result.Matches.Single(m => m.MenteeId == "e2").MentorId);
    }
}
