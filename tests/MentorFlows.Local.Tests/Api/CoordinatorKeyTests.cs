using System.Net;

namespace MentorFlows.Local.Tests.Api;

/// <summary>Every coordinator route answers 401 problem+json without the right key, before reading the body or acting.</summary>
public sealed class CoordinatorKeyTests : IClassFixture<SampleCohortHost>
{
    private readonly ApiHost _host;

    public CoordinatorKeyTests(SampleCohortHost fixture) => _host = fixture.Host;

    public enum BadKey
    {
        Missing,
        Empty,
        Wrong,
        OneCharacterOff,
        OtherCase,
        WithPrefix,
        GivenTwice,
        InTheQueryString,
    }

    public static TheoryData<string, string, BadKey> Cases()
    {
        var data = new TheoryData<string, string, BadKey>();
        foreach (var (method, path) in Routes)
        {
            foreach (var key in Enum.GetValues<BadKey>())
            {
                data.Add(method, path, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WithoutTheKey_Is401_AndChangesNothing(string method, string path, BadKey key)
    {
        var before = await _host.FingerprintAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), key == BadKey.InTheQueryString ? $"{path}?key={ApiHost.CoordinatorKey}" : path)
        {
            Content = Body(path),
        };
        foreach (var value in Header(key))
        {
            request.Headers.TryAddWithoutValidation("X-Coordinator-Key", value);
        }

        using var response = await _host.Client.SendAsync(request);
        await _host.IdleAsync();

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("X-Coordinator-Key", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(before, await _host.FingerprintAsync());
    }

    [Theory]
    [InlineData("api/coordinator")]
    [InlineData("api/coordinator/unmatched")]
    [InlineData("api/coordinator/concerns")]
    [InlineData("api/cohorts/uploads")]
    public async Task WithTheKey_IsAnswered(string path)
    {
        using var response = await _host.Coordinator.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static readonly (string Method, string Path)[] Routes =
    [
        ("PUT", "api/cohorts/cohort-b.csv"),
        ("GET", "api/cohorts/uploads"),
        ("GET", "api/cohorts/uploads/cohort-x-0000"),
        ("GET", "api/coordinator"),
        ("POST", "api/coordinator/optouts"),
        ("GET", "api/coordinator/concerns"),
        ("GET", "api/coordinator/concerns/MF-2025-000001"),
        ("POST", "api/coordinator/concerns/MF-2025-000001/decision"),
        ("POST", $"api/coordinator/mentors/{SampleCohort.UnclearedMentor}/cleared"),
        ("POST", $"api/coordinator/mentors/{SampleCohort.Mentor}/resigned"),
        ("GET", "api/coordinator/unmatched"),
        ("GET", "api/coordinator/surveys/comments"),
    ];

    private static HttpContent? Body(string path) => path switch
    {
        _ when path.StartsWith("api/cohorts/cohort", StringComparison.Ordinal) => new StringContent(SampleCohort.Csv.Replace("20250101", "20250199", StringComparison.Ordinal), System.Text.Encoding.UTF8, "text/csv"),
        "api/coordinator/optouts" => Problem.Json("{\"studentId\":\"20250101\",\"name\":\"Aoife Ní Bhriain\"}"),
        _ when path.EndsWith("/decision", StringComparison.Ordinal) => Problem.Json("{\"outcome\":\"noAction\"}"),
        _ => null,
    };

    private static string[] Header(BadKey key) => key switch
    {
        BadKey.Missing or BadKey.InTheQueryString => [],
        BadKey.Empty => [string.Empty],
        BadKey.Wrong => ["not-the-coordinator-key-at-all"],
        BadKey.OneCharacterOff => [ApiHost.CoordinatorKey[..^1] + "X"],
        BadKey.OtherCase => [ApiHost.CoordinatorKey.ToUpperInvariant()],
        BadKey.WithPrefix => ["Bearer " + ApiHost.CoordinatorKey],
        BadKey.GivenTwice => [ApiHost.CoordinatorKey, ApiHost.CoordinatorKey],
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };
}
