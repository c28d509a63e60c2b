using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Matching;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class MatchingProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Match_RandomCohorts_NoHardRuleIsEverBroken()
    {
        Prop.ForAll(RandomCohorts.Requests(14, 7), request =>
        {
            var result = MentorMatcher.Match(request);
            var mentees = request.Mentees.ToDictionary(m => m.StudentId);
            var mentors = request.Mentors.ToDictionary(m => m.StudentId);
            var pairsAllowed = result.Matches.All(m => MatchingSpec.PairAllowed(request, mentees[m.MenteeId], mentors[m.MentorId]));
            var withinCapacity = result.Matches.GroupBy(m => m.MentorId).All(g => g.Count() <= MatchingSpec.FreePlaces(request, mentors[g.Key]));
            var toPlace = MatchingSpec.MenteesToPlace(request).Select(m => m.StudentId).Order(StringComparer.Ordinal);
            var accounted = result.Matches.Select(m => m.MenteeId).Concat(result.Unmatched.Select(u => u.MenteeId)).Order(StringComparer.Ordinal);
            return pairsAllowed && withinCapacity && toPlace.SequenceEqual(accounted);
        }).Check(Runs);
    }

    [Fact]
    public void Match_RandomCohorts_MatchesAsManyAsPlainMaxFlow()
    {
        Prop.ForAll(RandomCohorts.Requests(40, 12, schools: 2), request =>
            MentorMatcher.Match(request).Matches.Count == PlainMaxFlow.MaximumMatches(request)).Check(Runs);
    }

    [Fact]
    public void Match_TinyCohorts_ObjectiveEqualsBruteForceBest()
    {
        Prop.ForAll(RandomCohorts.Requests(5, 3, schools: 2), request =>
        {
            var result = MentorMatcher.Match(request);
            var mentees = request.Mentees.ToDictionary(m => m.StudentId);
            var mentors = request.Mentors.ToDictionary(m => m.StudentId);
            var achieved = MatchingSpec.Objective(request, result.Matches.Select(m => (mentees[m.MenteeId], mentors[m.MentorId])));
            var reported = (result.Objective.Matched, result.Objective.WaitingMatched, result.Objective.PreferencePoints, result.Objective.EvennessCost);
            return achieved == BruteForceMatcher.BestObjective(request) && achieved == reported;
        }).Check(Runs);
    }

    [Fact]
    public void Match_GroupingInterchangeablePeople_SameObjectiveAsPerPersonNetwork()
    {
        Prop.ForAll(RandomCohorts.Requests(40, 12, schools: 1), request =>
            MentorMatcher.Match(request).Objective == MentorMatcher.Match(request, groupInterchangeable: false).Objective).Check(Runs);
    }

    [Fact]
    public void Match_SameInputInAnyOrder_SameOutput()
    {
        Prop.ForAll(RandomCohorts.Requests(20, 8), request =>
        {
            var shuffled = request with { Mentees = [.. request.Mentees.Reverse()], Mentors = [.. request.Mentors.Reverse()] };
            return Render(MentorMatcher.Match(request)) == Render(MentorMatcher.Match(request))
                && Render(MentorMatcher.Match(request)) == Render(MentorMatcher.Match(shuffled));
        }).Check(Runs);
    }

    [Fact]
    public void Match_RandomCohorts_UnmatchedMenteeHasNoSuitableMentorWithAPlaceLeft()
    {
        Prop.ForAll(RandomCohorts.Requests(14, 7), request =>
        {
            var result = MentorMatcher.Match(request);
            var mentees = request.Mentees.ToDictionary(m => m.StudentId);
            var newGroup = result.Matches.GroupBy(m => m.MentorId).ToDictionary(g => g.Key, g => g.Count());
            return result.Unmatched.All(u => !request.Mentors.Any(mentor =>
                MatchingSpec.PairAllowed(request, mentees[u.MenteeId], mentor)
                && newGroup.GetValueOrDefault(mentor.StudentId) < MatchingSpec.FreePlaces(request, mentor)));
        }).Check(Runs);
    }

    private static string Render(MatchResult result) =>
        string.Join('\n', result.Matches.Select(m => $"{m.MenteeId},{m.MentorId},{m.School},{m.Score},{string.Join('|', m.Reasons)}"))
        + "\n--\n" + string.Join('\n', result.Unmatched.Select(u => $"{u.MenteeId},{u.School},{u.Reason},{u.Explanation}"));
}
