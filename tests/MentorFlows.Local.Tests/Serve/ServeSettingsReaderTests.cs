using MentorFlows.Local.Serve;
using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Extensions.Configuration;

namespace MentorFlows.Local.Tests.Serve;

public sealed class ServeSettingsReaderTests
{
    private static readonly string Key32 = Convert.ToBase64String([.. Enumerable.Repeat((byte)7, 32)]);

    [Fact]
    public void Read_NoKeys_ListsEveryMissingKeyAtOnce()
    {
        var error = Assert.Throws<ServeConfigurationException>(() => Read(new Dictionary<string, string?>()));

        Assert.Contains("MentorFlows:LinkSigningKey is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("MentorFlows:PseudonymKey is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("MentorFlows:CoordinatorKey is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("MentorFlows__LinkSigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Dev_FillsOnlyTheMissingKeys_AndSaysWhich()
    {
        var settings = Read(new Dictionary<string, string?> { ["MentorFlows:CoordinatorKey"] = "a-real-coordinator-key" }, development: true);

        Assert.Equal(["MentorFlows:LinkSigningKey", "MentorFlows:PseudonymKey"], settings.DevelopmentKeys);
        Assert.Equal("a-real-coordinator-key", settings.CoordinatorKey);
        Assert.Equal(DevelopmentKeys.LinkSigningKey(), settings.LinkSigningKey.ToArray());
    }

    [Theory]
    [InlineData("MentorFlows:LinkSigningKey", "not base64 at all!", "MentorFlows:LinkSigningKey is not base64")]
    [InlineData("MentorFlows:PseudonymKey", "c2hvcnQta2V5", "MentorFlows:PseudonymKey is 9 bytes")]
    [InlineData("MentorFlows:CoordinatorKey", "abc123", "MentorFlows:CoordinatorKey is too short")]
    [InlineData("MentorFlows:PublicBaseUrl", "ftp://example.ac.uk", "MentorFlows:PublicBaseUrl must be an absolute http(s) URL")]
    [InlineData("MentorFlows:Api:ParticipantBurst", "0", "MentorFlows:Api:ParticipantBurst must be at least 1")]
    [InlineData("MentorFlows:Api:MaxCohortFileBytes", "lots", "MentorFlows:Api: a value is not a whole number")]
    [InlineData("MentorFlows:Intake:ScanInterval", "often", "MentorFlows:Intake:ScanInterval must be a duration")]
    [InlineData("MentorFlows:SchemeFile", "/no/such/scheme.json", "scheme file /no/such/scheme.json not found")]
    [InlineData("MentorFlows:KnownProxies", "10.1.2.3;proxy.example", "MentorFlows:KnownProxies must list IP addresses")]
    public void Read_BadValue_NamesTheKey_NeverTheValue(string key, string value, string expected)
    {
        var configuration = Valid();
        configuration[key] = value;
        configuration["MentorFlows:IntakeFolder"] = "intake";

        var error = Assert.Throws<ServeConfigurationException>(() => Read(configuration));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        if (key != "MentorFlows:SchemeFile")
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, "http://0.0.0.0:8080", "http://localhost:8080/api/")]
    [InlineData(null, "http://[::]:80;https://*:443", "http://localhost/api/")]
    [InlineData("https://mentoring.example.ac.uk", ServeOptions.DefaultUrls, "https://mentoring.example.ac.uk/api/")]
    [InlineData("https://www.example.ac.uk/peer-mentoring/", ServeOptions.DefaultUrls, "https://www.example.ac.uk/peer-mentoring/api/")]
    public void Read_PublicBaseUrl_GivesTheApiBaseOfTheLinks(string? configured, string urls, string expected)
    {
        var configuration = Valid();
        configuration["MentorFlows:PublicBaseUrl"] = configured;

        var settings = ServeSettingsReader.Read(Configuration(configuration), new ServeOptions(urls, "memory", null, false));

        Assert.Equal(expected, settings.ApiBase.AbsoluteUri);
    }

    [Fact]
    public void Read_PostgresWithoutConcernKey_IsRefused_UnlessDev()
    {
        var configuration = Valid();

        var error = Assert.Throws<ServeConfigurationException>(() => ServeSettingsReader.Read(Configuration(configuration), new ServeOptions(ServeOptions.DefaultUrls, "Host=db;Username=u;Password=secret-pw", null, false)));
        var development = ServeSettingsReader.Read(Configuration(configuration), new ServeOptions(ServeOptions.DefaultUrls, "Host=db;Username=u;Password=secret-pw", null, true));

        Assert.Contains("MentorFlows:DataProtection:ConcernKey is not set", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
        Assert.Contains("MentorFlows:DataProtection:ConcernKey", development.DevelopmentKeys);
        Assert.Equal("PostgreSQL", development.Store.ToString());
    }

    [Fact]
    public void Read_KnownProxies_AsAListOrOneSeparatedValue_AndNoneByDefault()
    {
        var list = Valid();
        list["MentorFlows:KnownProxies:0"] = "10.0.0.4";
        list["MentorFlows:KnownProxies:1"] = "fd00::4";
        var single = Valid();
        single["MentorFlows:KnownProxies"] = " 10.0.0.4, 10.0.0.5;fd00::4 ";

        Assert.Equal(["10.0.0.4", "fd00::4"], Read(list).KnownProxies.Select(a => a.ToString()));
        Assert.Equal(["10.0.0.4", "10.0.0.5", "fd00::4"], Read(single).KnownProxies.Select(a => a.ToString()));
        Assert.Empty(Read(Valid()).KnownProxies);
    }

    [Fact]
    public void Read_TheKeysOfLocalSettingsSample_AreAccepted()
    {
        using var sample = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject()
            .Where(v => v.Name.StartsWith("MentorFlows__", StringComparison.Ordinal) && v.Name != "MentorFlows__SchemeFile")
            .ToDictionary(v => v.Name.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value.GetString());

        var settings = Read(values);

        Assert.True(settings.LinkSigningKey.Length >= 32 && settings.PseudonymKey.Length >= 32);
        Assert.Empty(settings.DevelopmentKeys);
        Assert.NotNull(TextProtector.FromOptions(new TextProtectionOptions { ConcernKey = values[TextProtectionOptions.ConcernKeySetting] }));
    }

    [Fact]
    public void Settings_ToString_LeavesTheKeysOut()
    {
        var settings = Read(Valid());

        Assert.DoesNotContain(Key32, settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("coordinator-key-for-tests", settings.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["MentorFlows:LinkSigningKey"] = Key32,
        ["MentorFlows:PseudonymKey"] = Key32,
        ["MentorFlows:CoordinatorKey"] = "coordinator-key-for-tests",
    };

    private static ServeSettings Read(Dictionary<string, string?> values, bool development = false) =>
        ServeSettingsReader.Read(Configuration(values), new ServeOptions(ServeOptions.DefaultUrls, "memory", null, development));

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
