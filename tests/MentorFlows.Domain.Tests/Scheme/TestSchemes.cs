using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Tests.Scheme;

/// <summary>The DESIGN.md sample scheme (2025-26, Europe/London, 08:00–19:00), for tests to vary with <c>with</c>.</summary>
internal static class TestSchemes
{
    public static SchemeSettings Default { get; } = new()
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
    };

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);
}
