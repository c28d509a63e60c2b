using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using NodaTime;

namespace MentorFlows.Domain.Tests.Matching;

/// <summary>Test participants: an adult mentee and a cleared mentor in the School of Law unless told otherwise.</summary>
internal static class People
{
    public const string Law = "School of Law";

    public static readonly LocalDate SchemeStart = new(2025, 10, 1);

    /// <summary>17 on <see cref="SchemeStart"/>.</summary>
    public static readonly LocalDate Under18Birthday = new(2008, 6, 1);

    public static Participant Mentee(string id, string school = Law, string course = "LLB Law", string? genderPreference = null) => new()
    {
        StudentId = id,
        FirstName = "Mentee",
        LastName = id,
        Email = $"{id}@example.ac.uk",
        Role = ParticipantRole.Mentee,
        School = school,
        Course = course,
        GenderPreference = genderPreference,
        DateOfBirth = new LocalDate(2006, 3, 1),
    };

    public static Participant Mentor(string id, string school = Law, string course = "LLB Law", string? gender = null, int? capacity = null) => new()
    {
        StudentId = id,
        FirstName = "Mentor",
        LastName = id,
        Email = $"{id}@example.ac.uk",
        Role = ParticipantRole.Mentor,
        School = school,
        Course = course,
        Gender = gender,
        MentorCapacity = capacity,
        TrainingCompleted = true,
        ContractSigned = true,
        RightToWorkChecked = true,
    };

    public static MatchRequest Request(IEnumerable<Participant> mentees, IEnumerable<Participant> mentors, int defaultCapacity = 5) => new()
    {
        Mentees = [.. mentees],
        Mentors = [.. mentors],
        SchemeStart = SchemeStart,
        DefaultMentorCapacity = defaultCapacity,
    };

    /// <summary>The result's matches as "mentee→mentor" strings, easy to assert on.</summary>
    public static string[] Pairs(MatchResult result) => [.. result.Matches.Select(m => $"{m.MenteeId}→{m.MentorId}")];
}
