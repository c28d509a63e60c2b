using MentorFlows.Domain.Matching;
using static MentorFlows.Domain.Tests.Matching.People;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class UnmatchedReasonTests
{
    private static UnmatchedMentee OnlyUnmatched(MatchRequest request) => Assert.Single(MentorMatcher.Match(request).Unmatched);

    [Fact]
    public void Match_NoMentorInSchool_SaysSo()
    {
        var unmatched = OnlyUnmatched(Request([Mentee("e1")], []));

        Assert.Equal("no mentor in School of Law", unmatched.Explanation);
        Assert.Equal(Law, unmatched.School);
    }

    [Fact]
    public void Match_MentorsNotYetCleared_SaysSo()
    {
        var unmatched = OnlyUnmatched(Request([Mentee("e1")], [Mentor("m1") with { ContractSigned = false }]));

        Assert.Equal("no cleared mentor in School of Law yet", unmatched.Explanation);
    }

    [Fact]
    public void Match_MentorsFullFromExistingMatches_NoClearedMentorWithCapacity()
    {
        var request = Request([Mentee("e2")], [Mentor("m1", capacity: 1)]) with { ExistingMatches = [new MatchPair("e1", "m1")] };

        var unmatched = OnlyUnmatched(request);

        Assert.Equal(UnmatchedReason.NoCapacity, unmatched.Reason);
        Assert.Equal("no cleared mentor with capacity in School of Law", unmatched.Explanation);
    }

    [Fact]
    public void Match_PlacesGoneToOthers_SaysPlacesWentToOtherMentees()
    {
        var unmatched = OnlyUnmatched(Request([Mentee("e1"), Mentee("e2")], [Mentor("m1", capacity: 1)]));

        Assert.Equal("e2", unmatched.MenteeId);
        Assert.Equal(UnmatchedReason.PlacesTaken, unmatched.Reason);
        Assert.Equal("no cleared mentor with capacity in School of Law: the places went to other mentees", unmatched.Explanation);
    }

    [Fact]
    public void Match_Under18WithoutUnder18Mentor_SaysSo()
    {
        var unmatched = OnlyUnmatched(Request([Mentee("e1") with { DateOfBirth = Under18Birthday }], [Mentor("m1")]));

        Assert.Equal(UnmatchedReason.NoMentorForUnder18, unmatched.Reason);
        Assert.Equal("under 18 at scheme start and no mentor in School of Law is cleared for under-18s", unmatched.Explanation);
    }

    [Fact]
    public void Match_AtRiskWithoutTrainedMentor_SaysSo()
    {
        var unmatched = OnlyUnmatched(Request([Mentee("e1") with { AtRisk = true }], [Mentor("m1")]));

        Assert.Equal(UnmatchedReason.NoMentorForAtRisk, unmatched.Reason);
        Assert.Equal(
            "flagged as an adult at risk and no cleared mentor in School of Law has consented and been trained to mentor adults at risk",
            unmatched.Explanation);
    }

    [Fact]
    public void Match_Under18AndAtRiskWithNoMentorForBoth_SaysSo()
    {
        var mentee = Mentee("e1") with { DateOfBirth = Under18Birthday, AtRisk = true };
        var mentors = new[] { Mentor("m1") with { CanMentorUnder18 = true }, Mentor("m2") with { AtRiskConsent = true } };

        var unmatched = OnlyUnmatched(Request([mentee], mentors));

        Assert.Equal(UnmatchedReason.NoMentorForUnder18AtRisk, unmatched.Reason);
    }

    [Fact]
    public void Match_Under18MentorsFull_QualifiesTheMissingMentor()
    {
        var request = Request([Mentee("e2") with { DateOfBirth = Under18Birthday }], [Mentor("m1", capacity: 1) with { CanMentorUnder18 = true }, Mentor("m2")]) with
        {
            ExistingMatches = [new MatchPair("e1", "m1")],
        };

        var unmatched = OnlyUnmatched(request);

        Assert.Equal("no mentor cleared for under-18s with capacity in School of Law", unmatched.Explanation);
    }

    [Fact]
    public void Match_OnlyDissolvedOrConflictedMentors_SaysSo()
    {
        var request = Request([Mentee("e1") with { Conflicts = ["m2"] }], [Mentor("m1"), Mentor("m2")]) with
        {
            ExcludedPairs = [new MatchPair("e1", "m1")],
        };

        var unmatched = OnlyUnmatched(request);

        Assert.Equal("every suitable mentor in School of Law has a conflict of interest or a dissolved match with this mentee", unmatched.Explanation);
    }
}
