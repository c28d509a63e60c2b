using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class IntroductionYearTests
{
    private const string Coordinator = "peermentoring@example.ac.uk";

    [Fact]
    public async Task Year_MatchedMentees_GetOneIntroEachOnTheMentorsBehalf()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"));

        var intros = run.OfKind(EmailKind.Intro).ToList();
        Assert.Equal(["S1", "S2"], intros.Select(e => e.StudentIds[0]).Order());
        Assert.All(intros, intro =>
        {
            Assert.Equal([$"{intro.StudentIds[0].ToLowerInvariant()}@example.ac.uk"], intro.To.Select(a => a.Address));
            Assert.Equal("m1@example.ac.uk", intro.ReplyTo?.Address);
            Assert.Contains("m1@example.ac.uk", intro.Cc.Select(a => a.Address));
            Assert.Equal(Coordinator, intro.From.Address);
            Assert.StartsWith("FirstM1 LastM1", intro.From.DisplayName, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Year_Under18Mentee_HasTheCoordinatorCopiedOnEveryEmail()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1", dateOfBirth: "2008-06-01").Mentee("S2").Mentor("M1", under18: true));

        Assert.All(run.To("S1"), email => Assert.Contains(Coordinator, email.Cc.Select(a => a.Address)));
        Assert.All(run.To("S2"), email => Assert.DoesNotContain(Coordinator, email.Cc.Select(a => a.Address)));
        Assert.Single(run.To("S1"), e => e.Kind == EmailKind.Intro);
    }

    [Fact]
    public async Task Year_MenteeWithoutMentorInSchool_GetsNoIntroAndWaitsWithReason()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S3", school: "Physics").Mentor("M1"));

        Assert.DoesNotContain(run.OfKind(EmailKind.Intro), e => e.StudentIds.Contains("S3"));
        var waiting = Assert.Single(run.Result.Unmatched);
        Assert.Equal(("S3", UnmatchedReason.NoMentorInSchool), (waiting.MenteeId, waiting.Reason));
        Assert.Equal((2, 1), (run.Result.Summary.Mentees, run.Result.Summary.Unmatched));
    }
}
