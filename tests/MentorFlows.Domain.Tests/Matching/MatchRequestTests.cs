using MentorFlows.Domain.Matching;
using MentorFlows.Domain.Scheme;
using NodaTime;
using static MentorFlows.Domain.Tests.Matching.People;

namespace MentorFlows.Domain.Tests.Matching;

public sealed class MatchRequestTests
{
    [Fact]
    public void ForCohort_SplitsByRoleAndTakesSchemeStartAndCapacity()
    {
        var scheme = new SchemeSettings
        {
            Name = "Peer Mentoring",
            TimeZone = "Europe/London",
            Start = new LocalDate(2025, 10, 1),
            End = new LocalDate(2026, 4, 30),
            ContactWindow = ContactWindow.Default,
            AllowedEmailDomains = ["example.ac.uk"],
            FromAddress = "peermentoring@example.ac.uk",
            CoordinatorEmail = "peermentoring@example.ac.uk",
            EscalationEmails = [],
            DefaultMentorCapacity = 3,
        };

        var request = MatchRequest.ForCohort([Mentee("e1"), Mentor("m1"), Mentee("e2")], scheme);

        Assert.Equal(["e1", "e2"], request.Mentees.Select(m => m.StudentId));
        Assert.Equal(["m1"], request.Mentors.Select(m => m.StudentId));
        Assert.Equal((scheme.Start, 3), (request.SchemeStart, request.DefaultMentorCapacity));
        Assert.Empty(request.ExistingMatches);
    }
}
