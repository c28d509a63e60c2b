using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;
using NodaTime;

namespace MentorFlows.TableStorage.Tests.Support;

/// <summary>Records to store, with the awkward values real data has (spaces and quotes in names, accents, long text).</summary>
internal static class Samples
{
    public const int Year = 2025;

    public static readonly DateTime At = new(2025, 10, 6, 9, 30, 15, DateTimeKind.Utc);

    public static ParticipantRecord Participant(string id, ParticipantRole role = ParticipantRole.Mentee, string school = "Life Sciences", ParticipantStatus status = ParticipantStatus.Active) => new(
        new Participant
        {
            StudentId = id,
            FirstName = "Zoë",
            LastName = "O'Neil-" + id,
            Email = id.ToLowerInvariant() + "@example.ac.uk",
            Role = role,
            School = school,
            Course = "Biology / Chemistry #1?",
            Gender = "female",
            GenderPreference = role == ParticipantRole.Mentee ? "female" : null,
            DateOfBirth = new LocalDate(2006, 2, 28),
            MentorCapacity = role == ParticipantRole.Mentor ? 3 : null,
            TrainingCompleted = true,
            ContractSigned = role == ParticipantRole.Mentor,
            RightToWorkChecked = true,
            CanMentorUnder18 = false,
            AtRisk = role == ParticipantRole.Mentee,
            AtRiskConsent = false,
            Conflicts = ["X1", "X2"],
        },
        status,
        At,
        status == ParticipantStatus.Active ? null : At.AddDays(20),
        role == ParticipantRole.Mentee ? At.AddDays(1) : null);

    public static MatchRecord Match(string menteeId, string mentorId, string batch = "cohort-a", MatchStatus status = MatchStatus.Active) => new(
        "m-" + menteeId + "-" + mentorId, menteeId, mentorId, "Life Sciences", 7, ["same School of Study (Life Sciences)", "gender preference met"], At, batch, status,
        status == MatchStatus.Ended ? MatchEndReason.SchemeClosed : null, status == MatchStatus.Ended ? At.AddDays(200) : null);

    public static WaitingMentee Waiting(string menteeId, int days = 0) =>
        new(menteeId, "Life Sciences", UnmatchedReason.NoClearedMentor, "No mentor in Life Sciences is cleared yet.", At.AddDays(days));

    public static NewConcern Concern(string reporter, string about, string? submission = null) =>
        new(reporter, about, ConcernCategory.Boundaries, false, "An account that is personal: it's \"private\".", At, submission);

    public static EmailMessage Message(string id, EmailKind kind, params string[] students) => new()
    {
        Id = id,
        Kind = kind,
        From = new EmailAddress("peermentoring@example.ac.uk", "Peer Mentoring"),
        To = [.. students.Select(s => new EmailAddress(s.ToLowerInvariant() + "@example.ac.uk", "Zoë " + s))],
        Subject = "Hello",
        TextBody = "Hi there",
        HtmlBody = "<p>Hi there</p>",
        StudentIds = students,
        NotBeforeUtc = At,
    };
}
