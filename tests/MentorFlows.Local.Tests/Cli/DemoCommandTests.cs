using System.Text.Json;
using System.Text.RegularExpressions;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Simulation;
using MentorFlows.Workflows.Email;

namespace MentorFlows.Local.Tests.Cli;

/// <summary>The whole <c>demo</c>, in process, once for the class (a simulated year takes seconds).</summary>
public sealed class DemoCommandTests : IClassFixture<DemoCommandTests.DemoRun>
{
    private static readonly string[] DesignFields = ["id", "kind", "to", "cc", "from", "replyTo", "subject", "sentAtUtc", "studentIds", "textBody", "htmlBody"];

    private readonly DemoRun _demo;

    public DemoCommandTests(DemoRun demo)
    {
        _demo = demo;
    }

    [Fact]
    public void Demo_ExitsZeroAndWritesInputsAndTheFourRunFiles()
    {
        Assert.Equal(0, _demo.Run.ExitCode);
        Assert.Empty(_demo.Run.Error);
        Assert.All(
            new[] { "cohort.csv", "events.json", "outbox.jsonl", "timeline.jsonl", "summary.json", "report.html" },
            name => Assert.True(File.Exists(_demo.File(name)), name));
        Assert.StartsWith("Open ", _demo.Run.Out[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_OutboxLinesHaveTheDesignFieldsAndKnownKinds()
    {
        var kinds = Enum.GetValues<EmailKind>().Select(k => k.WireName()).ToHashSet();
        var lines = File.ReadAllLines(_demo.File("outbox.jsonl"));

        Assert.True(lines.Length > 500, $"a year of emails, not {lines.Length}");
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.Superset(DesignFields.ToHashSet(), names);
            Assert.Contains(json.RootElement.GetProperty("kind").GetString()!, kinds);
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("to").ValueKind);
            Assert.True(json.RootElement.GetProperty("sentAtUtc").GetDateTime().Kind == DateTimeKind.Utc);
        }

        Assert.Equal(lines.Length, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void Demo_SummaryCountsTheStoryAndNoPersonalDataRemains()
    {
        var summary = SummaryFile.Read(_demo.File("summary.json"));

        Assert.Equal(0, summary.PersonalDataRemaining);
        Assert.Equal((102, 80, 22), (summary.Participants, summary.Mentees, summary.Mentors));
        Assert.Equal(summary.Participants, summary.Erased);
        Assert.Equal(1, summary.OptOuts);
        Assert.Equal(1, summary.ConcernsByOutcome["adviceGiven"]);
        Assert.True(summary.Unmatched > 0, "the School short of mentors leaves someone waiting");
        Assert.True(summary.EmailsByKind.GetValueOrDefault("nudge") > 0, "the pair that stopped meeting is nudged");
        Assert.Equal(1, summary.EmailsByKind["concern-alert"]);
    }

    [Fact]
    public void Demo_TimelineAndSummaryNameNobodyOfTheCohort()
    {
        var participants = CohortReader.Read(new StringReader(File.ReadAllText(_demo.File("cohort.csv"))), SchemeDefaults.Settings).Participants;
        var needles = participants
            .SelectMany(p => new[] { p.Email, p.FullName, p.LastName.Length >= 6 ? p.LastName : null, p.DateOfBirth?.ToString("uuuu'-'MM'-'dd", null) })
            .OfType<string>()
            .Distinct()
            .ToList();

        foreach (var file in new[] { "timeline.jsonl", "summary.json" })
        {
            var text = File.ReadAllText(_demo.File(file));
            Assert.DoesNotContain(needles, needle => text.Contains(needle, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        }

        // A student id is an identifier too: after the year and retention every one is erased from the timeline.
        var ids = participants.Select(p => p.StudentId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var timeline = File.ReadAllText(_demo.File("timeline.jsonl"));
        Assert.Empty(Regex.Matches(timeline, "[A-Za-z0-9._-]+").Select(token => token.Value).Where(ids.Contains).Distinct());
        Assert.Contains("\"subject\":\"erased\"", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ReportShowsTheYearWithNames()
    {
        var report = File.ReadAllText(_demo.File("report.html"));
        var outbox = File.ReadLines(_demo.File("outbox.jsonl")).Count();

        Assert.Contains("<section id=\"glance\">", report, StringComparison.Ordinal);
        Assert.Contains("safeguarding · immediate risk", report, StringComparison.Ordinal);
        Assert.Contains("21:30 GMT", report, StringComparison.Ordinal);
        Assert.Equal(outbox, report.Split("<details class=\"email\"").Length - 1);
    }

    [Fact]
    public async Task Simulate_OnTheDemoInputs_GivesTheSameYear()
    {
        using var again = new TemporaryDirectory();

        var run = await CliRun.RunAsync("simulate", _demo.File("cohort.csv"), "--events", _demo.File("events.json"), "--out", again.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(_demo.File("summary.json")), File.ReadAllText(Path.Combine(again.Path, "summary.json")));
        // Emails due at the same instant are sent concurrently, so lines may come in another order; the set is the same.
        Assert.Equal(File.ReadAllLines(_demo.File("outbox.jsonl")).Order(StringComparer.Ordinal), File.ReadAllLines(Path.Combine(again.Path, "outbox.jsonl")).Order(StringComparer.Ordinal));
    }

    public sealed class DemoRun : IAsyncLifetime, IDisposable
    {
        private readonly TemporaryDirectory _folder = new();

        internal CliRun Run { get; private set; } = null!;

        public string File(string name) => Path.Combine(_folder.Path, "demo", name);

        public async Task InitializeAsync() => Run = await CliRun.RunAsync("demo", "--out", Path.Combine(_folder.Path, "demo"));

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
