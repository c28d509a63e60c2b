using MentorFlows.Domain.Cohort;
using NodaTime;

namespace MentorFlows.Benchmarks.Matching;

/// <summary>
/// A seeded, realistic cohort for benchmarks: 15 Schools of uneven size with 4–6 courses each; genders
/// 55/42/3 %; 30 % of mentees state a gender preference; 4 % under 18 at scheme start; 2 % at risk; 1 % of
/// mentees and of mentors name a conflict in their School; mentors 92 % cleared, 25 % cleared for under-18s,
/// 30 % consenting for adults at risk, 15 % with their own capacity of 3–8.
/// </summary>
internal static class SyntheticCohort
{
    public static readonly LocalDate SchemeStart = new(2025, 10, 1);

    private static readonly string[] Genders = ["female", "male", "non-binary"];

    public static (List<Participant> Mentees, List<Participant> Mentors) Create(int mentees, int mentors, int seed = 20251001)
    {
        var random = new Random(seed);
        var schools = Enumerable.Range(1, 15)
            .Select(s => (Name: $"School {s:D2}", Weight: 1 + random.Next(6), Courses: Enumerable.Range(1, 4 + random.Next(3)).Select(c => $"Course {s:D2}-{c}").ToArray()))
            .ToArray();
        var totalWeight = schools.Sum(s => s.Weight);

        (string School, string Course) Place()
        {
            var pick = random.Next(totalWeight);
            var school = schools.First(s => (pick -= s.Weight) < 0);
            return (school.Name, school.Courses[random.Next(school.Courses.Length)]);
        }

        string Gender()
        {
            var roll = random.Next(100);
            return roll < 55 ? Genders[0] : roll < 97 ? Genders[1] : Genders[2];
        }

        var menteeList = new List<Participant>(mentees);
        for (var i = 0; i < mentees; i++)
        {
            var (school, course) = Place();
            var under18 = random.Next(100) < 4;
            menteeList.Add(Person($"2{i:D7}", ParticipantRole.Mentee, school, course, Gender()) with
            {
                GenderPreference = random.Next(100) < 30 ? Gender() : null,
                DateOfBirth = under18 ? new LocalDate(2008, 1 + random.Next(12), 1 + random.Next(28)) : new LocalDate(2002 + random.Next(5), 1 + random.Next(12), 1 + random.Next(28)),
                AtRisk = random.Next(100) < 2,
            });
        }

        var mentorList = new List<Participant>(mentors);
        for (var i = 0; i < mentors; i++)
        {
            var (school, course) = Place();
            var cleared = random.Next(100) < 92;
            mentorList.Add(Person($"1{i:D7}", ParticipantRole.Mentor, school, course, Gender()) with
            {
                TrainingCompleted = cleared || random.Next(2) == 0,
                ContractSigned = cleared,
                RightToWorkChecked = true,
                CanMentorUnder18 = random.Next(100) < 25,
                AtRiskConsent = random.Next(100) < 30,
                MentorCapacity = random.Next(100) < 15 ? 3 + random.Next(6) : null,
                DateOfBirth = new LocalDate(1998 + random.Next(6), 1 + random.Next(12), 1 + random.Next(28)),
            });
        }

        AddConflicts(menteeList, mentorList, random);
        return (menteeList, mentorList);
    }

    private static void AddConflicts(List<Participant> mentees, List<Participant> mentors, Random random)
    {
        var mentorsBySchool = mentors.GroupBy(m => m.School).ToDictionary(g => g.Key, g => g.ToList());
        var menteesBySchool = mentees.GroupBy(m => m.School).ToDictionary(g => g.Key, g => g.ToList());
        for (var i = 0; i < mentees.Count; i++)
        {
            if (random.Next(100) == 0 && mentorsBySchool.TryGetValue(mentees[i].School, out var candidates))
            {
                mentees[i] = mentees[i] with { Conflicts = [candidates[random.Next(candidates.Count)].StudentId] };
            }
        }

        for (var i = 0; i < mentors.Count; i++)
        {
            if (random.Next(100) == 0 && menteesBySchool.TryGetValue(mentors[i].School, out var candidates))
            {
                mentors[i] = mentors[i] with { Conflicts = [candidates[random.Next(candidates.Count)].StudentId] };
            }
        }
    }

    private static Participant Person(string id, ParticipantRole role, string school, string course, string gender) => new()
    {
        StudentId = id,
        FirstName = "Synthetic",
        LastName = id,
        Email = $"{id}@example.ac.uk",
        Role = role,
        School = school,
        Course = course,
        Gender = gender,
    };
}
