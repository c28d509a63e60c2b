using System.Net;
using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Api;

public sealed class ConcernApiTests
{
    private const string Reporter = SampleCohort.Mentee;
    private const string ReportJson = "{\"about\":\"20220114\",\"category\":\"boundaries\",\"immediateRisk\":false,\"description\":\"My mentor messages me every night.\",\"submissionId\":\"form-1\"}";

    [Fact]
    public async Task Get_Form_OffersTheMentorAndEveryCategory_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.GetAsync($"api/concerns/report?token={ConcernToken(host)}");

        var page = await Problem.HtmlAsync(response, HttpStatusCode.OK);
        Assert.Contains("<option value=\"20220114\">My mentor, Siobhán</option>", page, StringComparison.Ordinal);
        foreach (var category in Domain.WireName.All<ConcernCategory>())
        {
            Assert.Contains($"value=\"{category}\"", page, StringComparison.Ordinal);
        }

        Assert.Matches("name=\"submissionId\" value=\"[0-9a-f]{32}\"", page);
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Post_Json_ReportsTheConcern_AndOnlyTheCoordinatorReadsItsText()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}", Problem.Json(ReportJson));
        await host.IdleAsync();

        var receipt = await Problem.JsonAsync(response, HttpStatusCode.Accepted);
        var reference = receipt.GetProperty("reference").GetString();
        Assert.Equal("MF-2025-000001", reference);
        Assert.Equal("accepted", receipt.GetProperty("outcome").GetString());
        var list = await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator/concerns"), HttpStatusCode.OK);
        Assert.Equal(reference, list[0].GetProperty("reference").GetString());
        Assert.Equal("boundaries", list[0].GetProperty("category").GetString());
        Assert.DoesNotContain("every night", list.ToString(), StringComparison.Ordinal);
        var detail = await Problem.JsonAsync(await host.Coordinator.GetAsync($"api/coordinator/concerns/{reference}"), HttpStatusCode.OK);
        Assert.Equal("My mentor messages me every night.", detail.GetProperty("text").GetString());
        Assert.Single(host.Outbox(), e => e.Kind == "concern-ack");
    }

    [Fact]
    public async Task Post_SameSubmissionTwice_IsOneConcern()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var token = ConcernToken(host);

        using var first = await host.Client.PostAsync($"api/concerns/report?token={token}", Problem.Json(ReportJson));
        using var second = await host.Client.PostAsync($"api/concerns/report?token={token}", Problem.Json(ReportJson));
        await host.IdleAsync();

        var again = await Problem.JsonAsync(second, HttpStatusCode.OK);
        Assert.Equal("alreadyDone", again.GetProperty("outcome").GetString());
        Assert.Equal((await Problem.JsonAsync(first, HttpStatusCode.Accepted)).GetProperty("reference").GetString(), again.GetProperty("reference").GetString());
        Assert.Single(await host.ConcernsAsync());
    }

    [Fact]
    public async Task Post_SameSubmissionIdFromAnotherReporter_IsAnotherConcern()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var first = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}", Problem.Json(ReportJson));
        using var second = await host.Client.PostAsync($"api/concerns/report?token={host.Token(LinkPurpose.Concern, "20250102")}", Problem.Json(ReportJson));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("MF-2025-000002", (await Problem.JsonAsync(second, HttpStatusCode.Accepted)).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Post_FromTheForm_ShowsTheReference()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}",
            Problem.Form(("about", Reporter), ("category", "safeguarding"), ("immediateRisk", "yes"), ("description", "I am not safe."), ("submissionId", "0123abcd")));
        await host.IdleAsync();

        Assert.Contains("MF-2025-000001", await Problem.HtmlAsync(response, HttpStatusCode.OK), StringComparison.Ordinal);
        var concern = Assert.Single(await host.ConcernsAsync());
        Assert.True(concern.ImmediateRisk);
        Assert.Equal(ConcernCategory.Safeguarding, concern.Category);
        Assert.Equal(Reporter, concern.AboutId);
    }

    [Fact]
    public async Task Post_BadFields_Are400NamingEachField_AndNothingIsStored()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}",
            Problem.Json("{\"about\":\"\",\"category\":\"rudeness\",\"immediateRisk\":\"maybe\",\"description\":\"   \",\"submissionId\":\"a b\"}"));
        await host.IdleAsync();

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "about", "category", "immediateRisk", "description", "submissionId");
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Post_DescriptionTooLong_Is400_WithoutEchoingIt()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var description = new string('x', 5001);

        using var response = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}",
            Problem.Json($"{{\"about\":\"20220114\",\"category\":\"other\",\"description\":\"{description}\"}}"));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "description");
        Assert.DoesNotContain("xxxxx", problem.ToString(), StringComparison.Ordinal);
        Assert.Empty(await host.ConcernsAsync());
    }

    [Fact]
    public async Task Post_AboutSomeoneNotInTheScheme_Is422NamingAbout()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}",
            Problem.Json("{\"about\":\"99999999\",\"category\":\"other\",\"description\":\"Something.\"}"));

        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "about");
        Assert.Empty(await host.ConcernsAsync());
    }

    [Fact]
    public async Task Decision_AppliesOnce_TheSameAgainIsAlreadyDone_AnotherIs409()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var reference = await ReportAsync(host);

        using var first = await host.Coordinator.PostAsync($"api/coordinator/concerns/{reference}/decision", Problem.Json("{\"outcome\":\"adviceGiven\"}"));
        await host.IdleAsync();
        using var same = await host.Coordinator.PostAsync($"api/coordinator/concerns/{reference}/decision", Problem.Json("{\"outcome\":\"adviceGiven\"}"));
        using var other = await host.Coordinator.PostAsync($"api/coordinator/concerns/{reference}/decision", Problem.Json("{\"outcome\":\"memberRemoved\"}"));
        await host.IdleAsync();

        Assert.Equal("accepted", (await Problem.JsonAsync(first, HttpStatusCode.Accepted)).GetProperty("outcome").GetString());
        Assert.Equal("alreadyDone", (await Problem.JsonAsync(same, HttpStatusCode.OK)).GetProperty("outcome").GetString());
        await Problem.AssertAsync(other, HttpStatusCode.Conflict, "outcome");
        var concern = Assert.Single(await host.ConcernsAsync());
        Assert.Equal((ConcernStatus.Decided, ConcernOutcome.AdviceGiven), (concern.Status, concern.Outcome));
        Assert.Equal(ParticipantStatus.Active, await host.StatusAsync(SampleCohort.Mentor));
        var decided = await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator/concerns?status=decided"), HttpStatusCode.OK);
        Assert.Equal("adviceGiven", decided[0].GetProperty("outcome").GetString());
        Assert.Equal(0, (await Problem.JsonAsync(await host.Coordinator.GetAsync("api/coordinator/concerns"), HttpStatusCode.OK)).GetArrayLength());
    }

    [Theory]
    [InlineData("MF-2025-000001", "{\"outcome\":\"sacked\"}", HttpStatusCode.BadRequest, "outcome")]
    [InlineData("MF-2025-000001", "{}", HttpStatusCode.BadRequest, "outcome")]
    [InlineData("2025-1", "{\"outcome\":\"noAction\"}", HttpStatusCode.BadRequest, "reference")]
    [InlineData("MF-2025-000009", "{\"outcome\":\"noAction\"}", HttpStatusCode.NotFound, null)]
    public async Task Decision_BadInput_IsAProblemNamingTheField_AndDecidesNothing(string reference, string json, HttpStatusCode status, string? field)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        await ReportAsync(host);

        using var response = await host.Coordinator.PostAsync($"api/coordinator/concerns/{reference}/decision", Problem.Json(json));
        await host.IdleAsync();

        await Problem.AssertAsync(response, status, field is null ? [] : [field]);
        Assert.Equal(ConcernStatus.Open, Assert.Single(await host.ConcernsAsync()).Status);
    }

    [Theory]
    [InlineData("api/coordinator/concerns?status=closed", HttpStatusCode.BadRequest, "status")]
    [InlineData("api/coordinator/concerns/not-a-reference", HttpStatusCode.BadRequest, "reference")]
    [InlineData("api/coordinator/concerns/MF-2025-000042", HttpStatusCode.NotFound, null)]
    public async Task CoordinatorReads_BadInput_IsAProblem(string path, HttpStatusCode status, string? field)
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();

        using var response = await host.Coordinator.GetAsync(path);

        await Problem.AssertAsync(response, status, field is null ? [] : [field]);
    }

    private static string ConcernToken(ApiHost host) => host.Token(LinkPurpose.Concern, Reporter);

    private static async Task<string> ReportAsync(ApiHost host)
    {
        using var response = await host.Client.PostAsync($"api/concerns/report?token={ConcernToken(host)}", Problem.Json(ReportJson));
        await host.IdleAsync();
        return (await Problem.JsonAsync(response, HttpStatusCode.Accepted)).GetProperty("reference").GetString()!;
    }
}
