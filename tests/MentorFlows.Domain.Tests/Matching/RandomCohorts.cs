using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using NodaTime;

namespace MentorFlows.Domain.Tests.Matching;

/// <summary>
/// FsCheck generators of small random match requests: few Schools, courses and genders so that many people are
/// interchangeable (the matcher groups them), with every flag, conflicts on both sides, dissolved pairs, existing
/// matches and waiting mentees.
/// </summary>
internal static class RandomCohorts
{
    private static readonly string[] Schools = ["School of Law", "school of law", "School of Arts"];
    private static readonly string[] Courses = ["Law", "History"];
    private static readonly string?[] Preferences = ["female", "male", null, null];
    private static readonly string[] Genders = ["female", "male"];
    private static readonly int?[] Capacities = [null, null, 0, 1, 2, 3];

    public static Arbitrary<MatchRequest> Requests(int maxMentees, int maxMentors, int schools = 3) =>
        RequestGen(maxMentees, maxMentors, schools).ToArbitrary();

    private static Gen<bool> Chance(int inFour) => Gen.Frequency((inFour, Gen.Constant(true)), (4 - inFour, Gen.Constant(false)));

    private static Gen<MatchRequest> RequestGen(int maxMentees, int maxMentors, int schools) =>
        from menteeCount in Gen.Choose(0, maxMentees)
        from mentorCount in Gen.Choose(0, maxMentors)
        from mentees in Gen.CollectToList(Enumerable.Range(0, menteeCount), i => Mentee($"e{i:D2}", schools))
        from mentors in Gen.CollectToList(Enumerable.Range(0, mentorCount), i => Mentor($"m{i:D2}", schools))
        from conflicts in Pairs(menteeCount, mentorCount, 3)
        from conflictOnMenteeSide in Gen.ListOf(Chance(2), conflicts.Count)
        from existing in Pairs(menteeCount, mentorCount, 2)
        from excluded in Pairs(menteeCount, mentorCount, 3)
        from waiting in Gen.SubListOf(mentees.Select(m => m.StudentId))
        from defaultCapacity in Gen.Choose(1, 3)
        select Assemble(mentees, mentors, conflicts, conflictOnMenteeSide, existing, excluded, waiting, defaultCapacity);

    private static MatchRequest Assemble(
        IReadOnlyList<Participant> mentees,
        IReadOnlyList<Participant> mentors,
        IReadOnlyList<(int Mentee, int Mentor)> conflicts,
        IReadOnlyList<bool> onMenteeSide,
        IReadOnlyList<(int Mentee, int Mentor)> existing,
        IReadOnlyList<(int Mentee, int Mentor)> excluded,
        IReadOnlyList<string> waiting,
        int defaultCapacity)
    {
        var menteeList = mentees.ToList();
        var mentorList = mentors.ToList();
        for (var i = 0; i < conflicts.Count; i++)
        {
            var (e, m) = conflicts[i];
            if (onMenteeSide[i])
            {
                menteeList[e] = menteeList[e] with { Conflicts = [.. menteeList[e].Conflicts, mentorList[m].StudentId] };
            }
            else
            {
                mentorList[m] = mentorList[m] with { Conflicts = [.. mentorList[m].Conflicts, menteeList[e].StudentId] };
            }
        }

        return new MatchRequest
        {
            Mentees = menteeList,
            Mentors = mentorList,
            SchemeStart = People.SchemeStart,
            DefaultMentorCapacity = defaultCapacity,
            ExistingMatches = [.. existing.DistinctBy(p => p.Mentee).Select(p => new MatchPair(menteeList[p.Mentee].StudentId, mentorList[p.Mentor].StudentId))],
            ExcludedPairs = [.. excluded.Select(p => new MatchPair(menteeList[p.Mentee].StudentId, mentorList[p.Mentor].StudentId))],
            WaitingMenteeIds = [.. waiting],
        };
    }

    private static Gen<List<(int Mentee, int Mentor)>> Pairs(int mentees, int mentors, int most) =>
        mentees == 0 || mentors == 0
            ? Gen.Constant(new List<(int, int)>())
            : from count in Gen.Choose(0, most)
              from pairs in Gen.ListOf(Gen.Zip(Gen.Choose(0, mentees - 1), Gen.Choose(0, mentors - 1)), count)
              select pairs.Select(p => (p.Item1, p.Item2)).ToList();

    private static Gen<Participant> Mentee(string id, int schools) =>
        from school in Gen.Elements(Schools.Take(schools))
        from course in Gen.Elements(Courses)
        from preference in Gen.Elements(Preferences)
        from under18 in Chance(1)
        from atRisk in Chance(1)
        select People.Mentee(id, school, course, preference) with
        {
            DateOfBirth = under18 ? People.Under18Birthday : new LocalDate(2006, 3, 1),
            AtRisk = atRisk,
        };

    private static Gen<Participant> Mentor(string id, int schools) =>
        from school in Gen.Elements(Schools.Take(schools))
        from course in Gen.Elements(Courses)
        from gender in Gen.Elements(Genders)
        from capacity in Gen.Elements(Capacities)
        from training in Chance(3)
        from contract in Gen.Frequency((7, Gen.Constant(true)), (1, Gen.Constant(false)))
        from rightToWork in Gen.Frequency((7, Gen.Constant(true)), (1, Gen.Constant(false)))
        from under18 in Chance(2)
        from consent in Chance(2)
        select People.Mentor(id, school, course, gender, capacity) with
        {
            TrainingCompleted = training,
            ContractSigned = contract,
            RightToWorkChecked = rightToWork,
            CanMentorUnder18 = under18,
            AtRiskConsent = consent,
        };
}
