using NodaTime;

namespace MentorFlows.Domain.Scheme;

/// <summary>
/// The scheme used when no scheme file is given, and the base a scheme file's keys override: the values of
/// samples/scheme.json (DESIGN.md), i.e. seed 000's year, 1 October – 30 April, in Europe/London.
/// </summary>
public static class SchemeDefaults
{
    public static SchemeSettings Settings { get; } = new()
    {
        Name = "Peer Mentoring",
        TimeZone = "Europe/London",
        Start = new LocalDate(2025, 10, 1),
        End = new LocalDate(2026, 4, 30),
        ContactWindow = ContactWindow.Default,
        AllowedEmailDomains = ["example.ac.uk"],
        FromAddress = "peermentoring@example.ac.uk",
        CoordinatorEmail = "peermentoring@example.ac.uk",
        EscalationEmails = ["deanofstudents@example.ac.uk"],
        DefaultMentorCapacity = 5,
        RetentionDaysAfterEnd = 30,
        RetentionDaysAfterOptOut = 30,
    };
}
