using System.Net;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Api;

public sealed class MentorApiTests
{
    [Fact]
    public async Task Cleared_AnUnclearedMentor_IsAcceptedOnce_AndTheMentorIsCleared()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var first = await host.Coordinator.PostAsync($"api/coordinator/mentors/{SampleCohort.UnclearedMentor}/cleared", null);
        await host.IdleAsync();
        using var second = await host.Coordinator.PostAsync($"api/coordinator/mentors/{SampleCohort.UnclearedMentor}/cleared", null);

        Assert.Equal("accepted", (await Problem.JsonAsync(first, HttpStatusCode.Accepted)).GetProperty("outcome").GetString());
        Assert.Equal("alreadyDone", (await Problem.JsonAsync(second, HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.True((await host.Service<IParticipantStore>().GetAsync(SampleCohort.UnclearedMentor, CancellationToken.None))!.Person.IsCleared);
    }

    [Fact]
    public async Task Resigned_AMentor_EndsTheirMatches()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Coordinator.PostAsync($"api/coordinator/mentors/{SampleCohort.Mentor}/resigned", null);
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(ParticipantStatus.Resigned, await host.StatusAsync(SampleCohort.Mentor));
        Assert.DoesNotContain(await host.Service<IMatchStore>().ListCurrentAsync(CancellationToken.None), m => m.MentorId == SampleCohort.Mentor);
    }

    [Theory]
    [InlineData("cleared", SampleCohort.Mentee, HttpStatusCode.Conflict, "studentId")]
    [InlineData("resigned", SampleCohort.Mentee, HttpStatusCode.Conflict, "studentId")]
    [InlineData("cleared", "99999999", HttpStatusCode.NotFound, null)]
    [InlineData("resigned", "99999999", HttpStatusCode.NotFound, null)]
    [InlineData("cleared", "bad%20id", HttpStatusCode.BadRequest, "studentId")]
    [InlineData("resigned", "-1", HttpStatusCode.BadRequest, "studentId")]
    public async Task BadStudent_IsAProblemNamingTheField_AndChangesNothing(string action, string studentId, HttpStatusCode status, string? field)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Coordinator.PostAsync($"api/coordinator/mentors/{studentId}/{action}", null);
        await host.IdleAsync();

        await Problem.AssertAsync(response, status, field is null ? [] : [field]);
        Assert.Equal(before, await host.FingerprintAsync());
    }
}
