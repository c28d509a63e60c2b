using MentorFlows.Local.Simulation;

namespace MentorFlows.Local.Tests.Cli;

public sealed class SimulateCommandTests
{
    private static readonly string Cohort = RepositoryFiles.PathOf("samples/cohort.csv");

    [Fact]
    public async Task Simulate_SampleCohortAndEvents_WritesTheFourFilesAndASummary()
    {
        using var folder = new TemporaryDirectory();
        var output = Path.Combine(folder.Path, "run");

        var run = await CliRun.RunAsync("simulate", Cohort, "--events", RepositoryFiles.PathOf("samples/events.json"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.All(new[] { "outbox.jsonl", "timeline.jsonl", "summary.json", "report.html" }, name => Assert.True(File.Exists(Path.Combine(output, name)), name));
        Assert.StartsWith("Simulated Peer Mentoring from Wed 24 Sep 2025, 00:00 BST to Sun 31 May 2026, 00:00 BST.", run.Out[0], StringComparison.Ordinal);
        Assert.Contains("  personal data remaining: 0", run.Out);
        var summary = SummaryFile.Read(Path.Combine(output, "summary.json"));
        Assert.Equal((40, 1, 0), (summary.Participants, summary.OptOuts, summary.PersonalDataRemaining));
        Assert.Equal(1, summary.ConcernsByOutcome["adviceGiven"]);
    }

    [Fact]
    public async Task Simulate_RunEndingBeforeRetention_SaysWhatDataRemainsIndentedLikeTheOtherLines()
    {
        using var folder = new TemporaryDirectory();

        var run = await CliRun.RunAsync("simulate", Cohort, "--from", "2025-10-01", "--to", "2025-10-01", "--out", Path.Combine(folder.Path, "run"));

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Out, l => l.Contains("personal data remaining", StringComparison.Ordinal));
        Assert.StartsWith("  personal data remaining: ", line, StringComparison.Ordinal);
        Assert.DoesNotMatch("^   ", line);
    }

    [Fact]
    public async Task Simulate_InvalidCohort_ExitsOneWithValidateLines()
    {
        using var folder = new TemporaryDirectory();
        var lines = File.ReadAllLines(Cohort);
        var cohort = folder.File("cohort.csv", string.Join('\n', lines[0], lines[1].Replace("@example.ac.uk", "@gmail.com", StringComparison.Ordinal)) + "\n");

        var run = await CliRun.RunAsync("simulate", cohort, "--out", Path.Combine(folder.Path, "run"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("line 2, column ", run.Out[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "run")));
    }

    [Fact]
    public async Task Simulate_BadEventsFile_ExitsTwoWithEveryProblemAndNoRun()
    {
        using var folder = new TemporaryDirectory();
        var events = folder.File("events.json", """
            [
              { "at": "2025-10-06T09:00:00Z", "type": "mentorCleared", "studentId": "20250101" },
              { "at": "2025-10-07T09:00:00Z", "type": "optOut", "studentId": "99999999" },
              { "at": "2027-01-01T09:00:00Z", "type": "optOut", "studentId": "20250101" }
            ]
            """);

        var run = await CliRun.RunAsync("simulate", Cohort, "--events", events, "--out", Path.Combine(folder.Path, "run"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                "error: events.json: the mentorCleared at 2025-10-06T09:00:00Z: \"studentId\" 20250101 is a mentee, not a mentor",
                "error: events.json: the optOut at 2025-10-07T09:00:00Z: \"studentId\" 99999999 is not in the cohort",
                "error: events.json: the optOut at 2027-01-01T09:00:00Z lies outside the run (2025-09-23T23:00:00Z to 2026-05-30T23:00:00Z); use --from and --to to widen it",
            ],
            run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "run")));
    }

    [Fact]
    public async Task Simulate_EventsFileThatIsNotJson_ExitsTwoNamingTheLine()
    {
        using var folder = new TemporaryDirectory();
        var events = folder.File("events.json", "[\n  { \"at\": \"2025-10-06T09:00:00Z\", }\n  { }\n]");

        var run = await CliRun.RunAsync("simulate", Cohort, "--events", events, "--out", Path.Combine(folder.Path, "run"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: events.json: not valid JSON at line 3, column 3 (check commas, quotes and brackets)", Assert.Single(run.Error));
    }

    [Theory]
    [InlineData("--from", "yesterday", "error: --from must be a date (2025-09-24, in the scheme's time zone) or an instant with Z or an offset (2025-09-24T08:00:00Z)")]
    [InlineData("--to", "2025-09-01", "error: --to must come after --from")]
    [InlineData("--from", "2026-05-01", "error: --from is on or after the scheme's closure (start 2025-10-01, end 2026-04-30), when no cohort is taken in: start the run before the end date")]
    public async Task Simulate_BadDates_ExitTwo(string option, string value, string expected)
    {
        using var folder = new TemporaryDirectory();

        var run = await CliRun.RunAsync("simulate", Cohort, option, value, "--out", Path.Combine(folder.Path, "run"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.Error));
    }

    [Fact]
    public async Task Simulate_OutIsAFile_ExitsTwo()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("run", "not a folder");

        var run = await CliRun.RunAsync("simulate", Cohort, "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --out {file} is a file, not a folder", Assert.Single(run.Error));
    }

    [Fact]
    public async Task Simulate_WithoutOut_ExitsTwo()
    {
        var run = await CliRun.RunAsync("simulate", Cohort);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.Error, line => line.Contains("--out", StringComparison.Ordinal));
    }

    [Fact]
    public void RunWindow_DatesInTheSchemeZoneAndDefaults()
    {
        var scheme = Domain.Scheme.SchemeDefaults.Settings;

        var defaults = RunWindow.For(scheme, null, null);
        var dates = RunWindow.For(scheme, "2025-10-01", "2025-12-31");
        var instants = RunWindow.For(scheme, "2025-10-01T06:00:00Z", "2026-01-01T00:00:00+01:00");

        Assert.Equal(new RunWindow(new DateTime(2025, 9, 23, 23, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 30, 23, 0, 0, DateTimeKind.Utc)), defaults);
        Assert.Equal(new RunWindow(new DateTime(2025, 9, 30, 23, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), dates);
        Assert.Equal(new RunWindow(new DateTime(2025, 10, 1, 6, 0, 0, DateTimeKind.Utc), new DateTime(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc)), instants);
    }
}
