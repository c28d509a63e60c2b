using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Clearance;
using MentorFlows.Workflows.Stores;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace MentorFlows.Runtime.Tests.Workflows;

public sealed class SendClearanceReminderActivityTests
{
    private static readonly DateTime At = new(2025, 10, 8, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Send_MenteesTheMentorCouldTakeOnceCleared_CountsOnlyThemByIdAndSchool()
    {
        var (services, mailer) = await ArrangeAsync(
            Mentor("M1") with { Conflicts = ["S4"] },
            Mentee("S1"),
            Mentee("S2") with { DateOfBirth = new LocalDate(2008, 1, 1) },
            Mentee("S3") with { AtRisk = true },
            Mentee("S4"),
            Mentee("S5"),
            Mentee("P1", school: "Physics"));
        await using var _ = services;
        await services.GetRequiredService<IMatchStore>().AddExcludedPairAsync(new MatchPair("S5", "M1"), CancellationToken.None);

        Assert.True(await SendAsync(services));

        var email = Assert.Single(mailer.Sent);
        Assert.Equal(["M1", "S1"], email.StudentIds);
        Assert.Contains("1 mentee in Law is waiting; clearing mentor M1 would let them be matched", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("FirstS1", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoWaitingMenteeTheMentorCouldTake_SendsNothingAndEndsTheWait()
    {
        var (services, mailer) = await ArrangeAsync(
            Mentor("M1") with { Conflicts = ["S1"] },
            Mentee("S1"),
            Mentee("S2") with { DateOfBirth = new LocalDate(2008, 1, 1) },
            Mentee("P1", school: "Physics"));
        await using var _ = services;

        Assert.False(await SendAsync(services));
        Assert.Empty(mailer.Sent);
    }

    [Fact]
    public async Task Send_MoreWaitingThanTheMentorsPlaces_CountsThoseWaitingLongestUpToTheCapacity()
    {
        var (services, mailer) = await ArrangeAsync(Mentor("M1") with { MentorCapacity = 2 }, Mentee("S1"), Mentee("S2"), Mentee("S3"));
        await using var _ = services;

        Assert.True(await SendAsync(services));

        Assert.Equal(["M1", "S3", "S2"], Assert.Single(mailer.Sent).StudentIds);
    }

    [Fact]
    public async Task Send_MentorWithoutPlaces_SendsNothing()
    {
        var (services, mailer) = await ArrangeAsync(Mentor("M1") with { MentorCapacity = 0 }, Mentee("S1"));
        await using var _ = services;

        Assert.False(await SendAsync(services));
        Assert.Empty(mailer.Sent);
    }

    /// <summary>Saves the people; every mentee waits, the later in the list the longer (S3 before S2 before S1).</summary>
    private static async Task<(ServiceProvider Services, OutboxMailer Mailer)> ArrangeAsync(params Participant[] people)
    {
        var mailer = new OutboxMailer();
        var services = await WorkflowServices.BuildAsync(mailer, At);
        await services.GetRequiredService<IParticipantStore>().SaveAsync(
            [.. people.Select(p => new ParticipantRecord(p, ParticipantStatus.Active, WorkflowServices.Now))], CancellationToken.None);
        var mentees = people.Where(p => p.Role == ParticipantRole.Mentee).ToList();
        await services.GetRequiredService<IMatchStore>().ReplaceWaitingAsync(
            [.. mentees.Select((p, index) => new WaitingMentee(p.StudentId, p.School, UnmatchedReason.NoClearedMentor, "No cleared mentor yet.", WorkflowServices.Now.AddMinutes(-index)))],
            CancellationToken.None);
        return (services, mailer);
    }

    private static Task<bool> SendAsync(IServiceProvider services) =>
        services.GetRequiredService<SendClearanceReminderActivity>().RunAsync(
            WorkflowServices.Context(nameof(SendClearanceReminderActivity)), new ClearanceReminderStep("M1", 1, At), CancellationToken.None);

    private static Participant Mentor(string id) => Person(id, ParticipantRole.Mentor, "Law") with { DateOfBirth = new LocalDate(2003, 5, 1) };

    private static Participant Mentee(string id, string school = "Law") => Person(id, ParticipantRole.Mentee, school);

    private static Participant Person(string id, ParticipantRole role, string school) => new()
    {
        StudentId = id,
        FirstName = "First" + id,
        LastName = "Last" + id,
        Email = id.ToLowerInvariant() + "@example.ac.uk",
        Role = role,
        School = school,
        Course = school + " BSc",
        DateOfBirth = new LocalDate(2006, 3, 1),
    };
}
