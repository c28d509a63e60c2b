using System.Text.Json;
using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;
using NodaTime;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

/// <summary>Records for the store contract tests, and a comparison by value for records that hold lists.</summary>
internal static class StoreSamples
{
    public static readonly DateTime At = new(2025, 11, 3, 10, 0, 0, DateTimeKind.Utc);

    public static ParticipantRecord Participant(string id, ParticipantRole role = ParticipantRole.Mentee, ParticipantStatus status = ParticipantStatus.Active) => new(
        new Participant
        {
            StudentId = id,
            FirstName = "Zoë",
            LastName = "O'Brien, Jr",
            Email = id.ToLowerInvariant() + "@example.ac.uk",
            Role = role,
            School = "Law",
            Course = "Law LLB",
            Gender = "female",
            GenderPreference = role == ParticipantRole.Mentee ? "female" : null,
            DateOfBirth = new LocalDate(2007, 2, 28),
            MentorCapacity = role == ParticipantRole.Mentor ? 3 : null,
            TrainingCompleted = role == ParticipantRole.Mentor,
            ContractSigned = true,
            RightToWorkChecked = role == ParticipantRole.Mentor,
            CanMentorUnder18 = true,
            AtRisk = role == ParticipantRole.Mentee,
            AtRiskConsent = false,
            Conflicts = ["X1", "X2"],
        },
        status,
        At,
        status == ParticipantStatus.Active ? null : At.AddDays(3),
        role == ParticipantRole.Mentee ? At.AddHours(1) : null);

    public static MatchRecord Match(string id, string mentee, string mentor, string batch = "batch", MatchStatus status = MatchStatus.Active) =>
        new(id, mentee, mentor, "Law", 7, ["same School of Study (Law)", "same course"], At, batch, status,
            status == MatchStatus.Ended ? MatchEndReason.MentorResigned : null, status == MatchStatus.Ended ? At.AddDays(1) : null);

    public static EmailMessage Message(string id, params string[] students) => new()
    {
        Id = id,
        Kind = EmailKind.Intro,
        From = new EmailAddress("scheme@example.ac.uk", "Ada (Peer Mentoring)"),
        ReplyTo = new EmailAddress("m1@example.ac.uk"),
        To = [new EmailAddress("s1@example.ac.uk", "Zoë")],
        Cc = [new EmailAddress("m1@example.ac.uk")],
        Subject = "Hello",
        TextBody = "Text body",
        HtmlBody = "<p>Html body</p>",
        Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://mentoring.invalid/api/optout>" },
        StudentIds = students,
        NotBeforeUtc = At,
    };

    /// <summary>Asserts two values are equal field by field, lists by content (records compare lists by reference).</summary>
    public static void AssertSame<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
