using System.Net;
using System.Text;
using MentorFlows.Local.Cohorts;
using MentorFlows.Runtime.Clock;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Local.Tests.Api;

public sealed class CohortUploadApiTests
{
    [Fact]
    public async Task Put_ValidCohort_Is202WithCounts_AndItsIngestionEnrolsAndMatches()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort-2025.csv", Csv(SampleCohort.Csv));
        var accepted = await Problem.JsonAsync(response, HttpStatusCode.Accepted);
        await host.IdleAsync();

        Assert.Equal((40, 29, 11, false), (accepted.GetProperty("rows").GetInt32(), accepted.GetProperty("mentees").GetInt32(), accepted.GetProperty("mentors").GetInt32(), accepted.GetProperty("alreadyReceived").GetBoolean()));
        var upload = await Problem.JsonAsync(await host.Coordinator.GetAsync(response.Headers.Location!.OriginalString.TrimStart('/')), HttpStatusCode.OK);
        Assert.Equal(("applied", 40), (upload.GetProperty("status").GetString(), upload.GetProperty("enrolled").GetInt32()));
        Assert.Equal(28, (await host.Service<IMatchStore>().ListCurrentAsync(CancellationToken.None)).Count);
        Assert.Single((await Problem.JsonAsync(await host.Coordinator.GetAsync("api/cohorts/uploads"), HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task Put_TheSameFileAgain_Is200AlreadyReceived_AndChangesNothing()
    {
        await using var host = await ApiHost.StartWithSampleCohortAsync();
        var before = await host.FingerprintAsync();

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort.csv", Csv(SampleCohort.Csv));
        await host.IdleAsync();

        Assert.True((await Problem.JsonAsync(response, HttpStatusCode.OK)).GetProperty("alreadyReceived").GetBoolean());
        Assert.Equal(before, await host.FingerprintAsync());
    }

    [Fact]
    public async Task Put_AfterTheSchemeHasClosed_Is409NamingStartAndEnd_AndChangesNothing()
    {
        // The day after the default scheme's end (30 April 2026): the QA case of a cohort enrolled only to be erased.
        await using var host = await ApiHost.StartAsync(clock: new VirtualTimeProvider(new DateTimeOffset(2026, 5, 1, 11, 0, 0, TimeSpan.Zero)));

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort-2025.csv", Csv(SampleCohort.Csv));
        await host.IdleAsync();

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "body");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("2025-10-01 (start in the scheme file) to 2026-04-30 (end)", detail, StringComparison.Ordinal);
        Assert.Contains("upload the cohort with next year's scheme file", detail, StringComparison.Ordinal);
        Assert.Empty(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
        Assert.Empty(await host.Service<IParticipantStore>().ListAsync(CancellationToken.None));
        Assert.Equal(0, await host.InstanceCountAsync());
    }

    [Fact]
    public async Task Put_AWeekBeforeTheSchemeStarts_Is202AndEnrols()
    {
        await using var host = await ApiHost.StartAsync(clock: new VirtualTimeProvider(new DateTimeOffset(2025, 9, 24, 11, 0, 0, TimeSpan.Zero)));

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort-2025.csv", Csv(SampleCohort.Csv));
        await host.IdleAsync();

        await Problem.JsonAsync(response, HttpStatusCode.Accepted);
        Assert.Equal(40, (await host.Service<IParticipantStore>().ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Put_InvalidRows_Is422NamingLineAndColumn_AndChangesNothing()
    {
        await using var host = await ApiHost.StartAsync();
        var csv = SampleCohort.Csv.Replace("k.mensah@example.ac.uk", "k.mensah@gmail.com", StringComparison.Ordinal);

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort.csv", Csv(csv));
        await host.IdleAsync();

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "line 6, column email");
        Assert.DoesNotContain("gmail", problem.ToString(), StringComparison.Ordinal);
        Assert.Empty(await host.Service<IParticipantStore>().ListAsync(CancellationToken.None));
        Assert.Empty(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
        Assert.Equal(0, await host.InstanceCountAsync());
    }

    [Fact]
    public async Task Put_InvalidRows_WhenTheSchemeAcceptsValidRows_IsAcceptedListingTheRowsLeftOut()
    {
        using var folder = new TemporaryDirectory();
        var scheme = folder.File("scheme.json", File.ReadAllText(RepositoryFiles.PathOf("samples/scheme.json")).Replace("\"defaultMentorCapacity\"", "\"acceptValidRows\": true, \"defaultMentorCapacity\"", StringComparison.Ordinal));
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["MentorFlows:SchemeFile"] = scheme });
        var csv = SampleCohort.Csv.Replace("k.mensah@example.ac.uk", "k.mensah@gmail.com", StringComparison.Ordinal);

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort.csv", Csv(csv));
        await host.IdleAsync();

        var accepted = await Problem.JsonAsync(response, HttpStatusCode.Accepted);
        Assert.StartsWith("line 6, column email:", Assert.Single(accepted.GetProperty("errors").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(39, (await host.Service<IParticipantStore>().ListAsync(CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text\nwithout a header\n")]
    public async Task Put_NotACohortFile_IsAProblemNamingTheBody_AndChangesNothing(string body)
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort.csv", Csv(body));

        await Problem.AssertAsync(response, body.Length == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.UnprocessableEntity, "body");
        Assert.Empty(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("a%3Ab.csv")]
    [InlineData("a%5Cb.csv")]
    [InlineData("c%7Cd.csv")]
    public async Task Put_NameThatIsNotAPlainFileName_Is400NamingName(string name)
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.PutAsync($"api/cohorts/{name}", Csv(SampleCohort.Csv));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task Put_NameTooLong_Is400NamingName()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.PutAsync($"api/cohorts/{new string('a', 101)}.csv", Csv(SampleCohort.Csv));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task Put_NotCsv_Is415NamingTheBody()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.PutAsync("api/cohorts/cohort.csv", Problem.Json("{}"));

        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task Put_LargerThanOtherBodiesButUnderTheCohortLimit_IsAccepted_AndOverItIs413()
    {
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?>
        {
            ["MentorFlows:Api:MaxRequestBodyBytes"] = "4096",
            ["MentorFlows:Api:MaxCohortFileBytes"] = "200000",
        });
        var cohort = SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { MenteeCount = 100, MentorCount = 30 });
        var tooLarge = cohort + new string('\n', 200_000);
        Assert.InRange(Encoding.UTF8.GetByteCount(cohort), 4097, 200_000);

        using var accepted = await host.Coordinator.PutAsync("api/cohorts/big.csv", Csv(cohort));
        using var refused = await host.Coordinator.PutAsync("api/cohorts/bigger.csv", Csv(tooLarge));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await Problem.AssertAsync(refused, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Single(await host.Service<ICohortUploadStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Get_UnknownUpload_Is404()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Coordinator.GetAsync("api/cohorts/uploads/cohort-nothing-0000");

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
