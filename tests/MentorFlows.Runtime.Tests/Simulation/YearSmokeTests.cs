using MentorFlows.Workflows.Email;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class YearSmokeTests
{
    [Fact]
    public async Task Year_SmallCohort_RunsToErasure()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"));
        var summary = run.Result.Summary;
        Assert.Equal(3, summary.Participants);
        Assert.Equal(2, summary.Matched);
        Assert.Equal(2, run.OfKind(EmailKind.Intro).Count());
        Assert.Equal(0, summary.PersonalDataRemaining);
    }
}
