using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Links;
using NodaTime;

namespace MentorFlows.Workflows.Tests.Email.Composition;

/// <summary>A scheme, its links and a few students for composer tests. One name carries markup to prove encoding.</summary>
internal static class TestPeople
{
    public static readonly SchemeSettings Scheme = new()
    {
        Name = "Peer Mentoring",
        TimeZone = "Europe/London",
        Start = new LocalDate(2025, 10, 1),
        End = new LocalDate(2026, 4, 30),
        ContactWindow = ContactWindow.Default,
        AllowedEmailDomains = ["example.ac.uk"],
        FromAddress = "peermentoring@example.ac.uk",
        CoordinatorEmail = "coordinator@example.ac.uk",
        EscalationEmails = ["deanofstudents@example.ac.uk", "safeguarding@example.ac.uk"],
    };

    public static readonly SchemeCalendar Calendar = new(Scheme);

    public static readonly ParticipantLinkSigner Signer = new(new byte[32]);

    public static readonly SchemeLinks TestLinks = new(new Uri("https://mentoring.example.ac.uk/api/"), Signer, Calendar.ErasureAfterClosureAt);

    public static readonly EmailTemplateSet Templates = EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None).GetAwaiter().GetResult();

    public static readonly EmailComposer Composer = new(Templates, Calendar, TestLinks);

    public static readonly Participant Mentor = Student("M2001", "Priya", "Shah", ParticipantRole.Mentor, new LocalDate(2004, 3, 2));

    public static readonly Participant Mentee = Student("S1001", "Zoë", "O'Brien <b>&</b>", ParticipantRole.Mentee, new LocalDate(2006, 9, 30));

    public static readonly Participant OtherMentee = Student("S1002", "Tom", "Ng", ParticipantRole.Mentee, null);

    /// <summary>17 on 1 October 2025: the coordinator is copied on their scheme emails.</summary>
    public static readonly Participant YoungMentee = Student("S1003", "Ada", "Lovelace", ParticipantRole.Mentee, new LocalDate(2007, 10, 2));

    /// <summary>A Tuesday afternoon in November, inside the contact window.</summary>
    public static readonly Instant Afternoon = Instant.FromUtc(2025, 11, 4, 14, 0);

    public static Participant Student(string id, string first, string last, ParticipantRole role, LocalDate? born) => new()
    {
        StudentId = id,
        FirstName = first,
        LastName = last,
        Email = $"{id.ToLowerInvariant()}@example.ac.uk",
        Role = role,
        School = "School of Law and Education",
        Course = "LLB (Hons) Law",
        DateOfBirth = born,
        TrainingCompleted = role == ParticipantRole.Mentor,
        ContractSigned = role == ParticipantRole.Mentor,
        RightToWorkChecked = role == ParticipantRole.Mentor,
    };
}
