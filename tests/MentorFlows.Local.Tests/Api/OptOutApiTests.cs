using System.Net;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Api;

public sealed class OptOutApiTests
{
    private const string Mentee = SampleCohort.Mentee;

    [Fact]
    public async Task Get_ValidLink_ShowsConfirmationFormAndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.GetAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, Mentee)}");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<form method=\"post\" action=\"?token=", page, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        await host.IdleAsync();
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Post_FromTheForm_OptsOutOnce_AndARepeatChangesNothingMore()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = host.Token(LinkPurpose.OptOut, Mentee);

        using var first = await host.Client.PostAsync($"api/optout?token={token}", Problem.Form());
        await host.IdleAsync();
        using var second = await host.Client.PostAsync($"api/optout?token={token}", Problem.Form());
        await host.IdleAsync();

        Assert.Contains("You have left the scheme", await Problem.HtmlAsync(first, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Contains("You have left the scheme", await Problem.HtmlAsync(second, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Equal(ParticipantStatus.OptedOut, await host.StatusAsync(Mentee));
        Assert.Single(host.Outbox(), e => e.Kind == "optout-confirmation" && e.StudentIds.Contains(Mentee));
    }

    [Fact]
    public async Task Post_Rfc8058OneClick_OptsOut()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, Mentee)}", Problem.Form(("List-Unsubscribe", "One-Click")));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ParticipantStatus.OptedOut, await host.StatusAsync(Mentee));
    }

    [Fact]
    public async Task Post_Json_IsAcceptedThenAlreadyDone()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = host.Token(LinkPurpose.OptOut, Mentee);

        using var first = await host.Client.PostAsync($"api/optout?token={token}", Problem.Json("{}"));
        using var second = await host.Client.PostAsync($"api/optout?token={token}", null);

        Assert.Equal("accepted", (await Problem.JsonAsync(first, HttpStatusCode.Accepted)).GetProperty("outcome").GetString());
        Assert.Equal("alreadyDone", (await Problem.JsonAsync(second, HttpStatusCode.OK)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Get_AfterLeaving_SaysSoWithoutAForm()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = host.Token(LinkPurpose.OptOut, Mentee);
        using var post = await host.Client.PostAsync($"api/optout?token={token}", null);
        await host.IdleAsync();

        using var response = await host.Client.GetAsync($"api/optout?token={token}");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("left the peer mentoring scheme already", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MentorsLink_IsAResignation()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, SampleCohort.Mentor)}", null);
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(ParticipantStatus.Resigned, await host.StatusAsync(SampleCohort.Mentor));
    }

    [Fact]
    public async Task Post_GenuineLinkOfAStudentNotInTheScheme_Is404()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var json = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, "99999999")}", null);
        using var form = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, "99999999")}", Problem.Form());

        await Problem.AssertAsync(json, HttpStatusCode.NotFound);
        await Problem.HtmlAsync(form, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_UnsupportedBody_Is415NamingTheBody_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, Mentee)}", new StringContent("leave", System.Text.Encoding.UTF8, "text/plain"));
        await host.IdleAsync();

        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Post_MalformedJson_Is400NamingTheBody_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.PostAsync($"api/optout?token={host.Token(LinkPurpose.OptOut, Mentee)}", Problem.Json("{\"a\":"));
        await host.IdleAsync();

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "body");
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Coordinator_IdAndMatchingName_OptsOut_IgnoringCaseAccentsAndOrder()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Coordinator.PostAsync("api/coordinator/optouts", Problem.Json("{\"studentId\":\"20250101\",\"name\":\"  ni BHRIAIN,  aoife \"}"));
        await host.IdleAsync();

        Assert.Equal("accepted", (await Problem.JsonAsync(response, HttpStatusCode.Accepted)).GetProperty("outcome").GetString());
        Assert.Equal(ParticipantStatus.OptedOut, await host.StatusAsync(Mentee));
    }

    [Fact]
    public async Task Coordinator_NameNotOnRecord_Is422NamingName_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Coordinator.PostAsync("api/coordinator/optouts", Problem.Json("{\"studentId\":\"20250101\",\"name\":\"Kwame Mensah\"}"));
        await host.IdleAsync();

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "name");
        Assert.DoesNotContain("Aoife", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Theory]
    [InlineData("{}", new[] { "studentId", "name" })]
    [InlineData("{\"studentId\":\"bad id!\",\"name\":\"A B\"}", new[] { "studentId" })]
    [InlineData("{\"studentId\":20250101,\"name\":true}", new[] { "studentId", "name" })]
    [InlineData("[1,2]", new[] { "body" })]
    public async Task Coordinator_BadFields_Are400NamingEachField(string json, string[] fields)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Coordinator.PostAsync("api/coordinator/optouts", Problem.Json(json));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Coordinator_UnknownStudent_Is404()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Coordinator.PostAsync("api/coordinator/optouts", Problem.Json("{\"studentId\":\"99999999\",\"name\":\"Nobody Here\"}"));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }
}
