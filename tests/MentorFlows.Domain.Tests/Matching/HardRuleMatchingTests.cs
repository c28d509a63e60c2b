using MentorFlows.Domain.Matching;
using static MentorFlows.Domain.Tests.Matching.People;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class HardRuleMatchingTests
{
    [Fact]
    public void Match_MentorInAnotherSchool_IsNeverUsed()
    {
        var result = MentorMatcher.Match(Request([Mentee("e1")], [Mentor("m1", school: "School of Arts")]));

        Assert.Empty(result.Matches);
        Assert.Equal(UnmatchedReason.NoMentorInSchool, Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Match_SchoolNamesDifferingOnlyInCase_AreTheSameSchool()
    {
        var result = MentorMatcher.Match(Request([Mentee("e1", school: "school of law")], [Mentor("m1")]));

        Assert.Equal(["e1→m1"], Pairs(result));
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void Match_MentorNotCleared_ReceivesNoMentee(bool training, bool contract, bool rightToWork)
    {
        var mentor = Mentor("m1") with { TrainingCompleted = training, ContractSigned = contract, RightToWorkChecked = rightToWork };

        var result = MentorMatcher.Match(Request([Mentee("e1")], [mentor]));

        Assert.Empty(result.Matches);
        Assert.Equal(UnmatchedReason.NoClearedMentor, Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Match_DefaultCapacity_NoMentorGetsMore()
    {
        var mentees = Enumerable.Range(1, 7).Select(i => Mentee($"e{i}"));

        var result = MentorMatcher.Match(Request(mentees, [Mentor("m1")], defaultCapacity: 5));

        Assert.Equal(5, result.Matches.Count);
        Assert.Equal(["e6", "e7"], result.Unmatched.Select(u => u.MenteeId));
    }

    [Fact]
    public void Match_MentorCapacityOverride_ReplacesTheDefault()
    {
        var mentees = Enumerable.Range(1, 4).Select(i => Mentee($"e{i}"));

        var result = MentorMatcher.Match(Request(mentees, [Mentor("m1", capacity: 1), Mentor("m2", capacity: 2)], defaultCapacity: 5));

        Assert.Equal(1, result.Matches.Count(m => m.MentorId == "m1"));
        Assert.Equal(2, result.Matches.Count(m => m.MentorId == "m2"));
        Assert.Single(result.Unmatched);
    }

    [Fact]
    public void Match_Under18Mentee_OnlyWithMentorClearedForUnder18s()
    {
        var young = Mentee("e1") with { DateOfBirth = Under18Birthday };
        var mentors = new[] { Mentor("m1"), Mentor("m2") with { CanMentorUnder18 = true } };

        var result = MentorMatcher.Match(Request([young], mentors));

        Assert.Equal(["e1→m2"], Pairs(result));
        Assert.Contains("under 18 at scheme start: mentor cleared for under-18s", result.Matches[0].Reasons);
    }

    [Fact]
    public void Match_MenteeTurning18OnSchemeStart_IsAnAdult()
    {
        var eighteenToday = Mentee("e1") with { DateOfBirth = SchemeStart.PlusYears(-18) };

        var result = MentorMatcher.Match(Request([eighteenToday], [Mentor("m1")]));

        Assert.Equal(["e1→m1"], Pairs(result));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Match_AtRiskMentee_NeedsMentorWhoConsentedAndIsTrained(bool consent, bool trained)
    {
        var atRisk = Mentee("e1") with { AtRisk = true };
        var unsuitable = Mentor("m1") with { AtRiskConsent = consent, TrainingCompleted = trained };
        var suitable = Mentor("m2") with { AtRiskConsent = true };

        var alone = MentorMatcher.Match(Request([atRisk], [unsuitable]));
        var withSuitable = MentorMatcher.Match(Request([atRisk], [unsuitable, suitable]));

        Assert.Empty(alone.Matches);
        Assert.Equal(["e1→m2"], Pairs(withSuitable));
    }

    [Fact]
    public void Match_ConflictListedByMentee_PairNeverMade()
    {
        var mentee = Mentee("e1") with { Conflicts = ["m1"] };

        var result = MentorMatcher.Match(Request([mentee], [Mentor("m1"), Mentor("m2")]));

        Assert.Equal(["e1→m2"], Pairs(result));
    }

    [Fact]
    public void Match_ConflictListedByMentor_PairNeverMade()
    {
        var mentor = Mentor("m1") with { Conflicts = ["e1"] };

        var result = MentorMatcher.Match(Request([Mentee("e1")], [mentor]));

        Assert.Empty(result.Matches);
        Assert.Equal(UnmatchedReason.ConflictWithEverySuitableMentor, Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Match_DissolvedPair_NeverMadeAgain()
    {
        var request = Request([Mentee("e1")], [Mentor("m1"), Mentor("m2", capacity: 1)]) with { ExcludedPairs = [new MatchPair("e1", "m1")] };

        var result = MentorMatcher.Match(request);

        Assert.Equal(["e1→m2"], Pairs(result));
    }

    [Fact]
    public void Match_DuplicateMenteeIds_AreRejected()
    {
        var request = Request([Mentee("e1"), Mentee("e1")], [Mentor("m1")]);

        var error = Assert.Throws<ArgumentException>(() => MentorMatcher.Match(request));
        Assert.Contains("e1", error.Message, StringComparison.Ordinal);
    }
}
