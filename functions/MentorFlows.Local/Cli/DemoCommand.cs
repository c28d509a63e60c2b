using System.CommandLine;
using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Local.Demo;
using MentorFlows.Local.Simulation;

namespace MentorFlows.Local.Cli;

/// <summary>
/// <c>demo [--out DIR] [--scheme S.json]</c> (DESIGN.md): writes a realistic synthetic cohort and its year's events
/// into DIR as <c>cohort.csv</c> and <c>events.json</c> (so a coordinator can change them and run <c>simulate</c>
/// again), then runs <c>simulate</c> on them into the same DIR. Default DIR: <c>./demo-out</c>. Both files are
/// synthetic: no real person is in them.
/// </summary>
public static class DemoCommand
{
    public const string DefaultFolder = "demo-out";

    public static Command Create()
    {
        var scheme = CommonArguments.SchemeOption();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for the demo's cohort.csv, events.json and the run's outbox, timeline, summary and report.",
            HelpName = "DIR",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultFolder),
        };
        var command = new Command("demo", "Make a realistic synthetic cohort and its year's events, then simulate the year and write the report.")
        {
            output, scheme,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            return (int)await RunAsync(parseResult.GetRequiredValue(output), parseResult.GetValue(scheme), configuration.Output, configuration.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<ExitCode> RunAsync(DirectoryInfo output, FileInfo? schemeFile, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stdout);
        var scheme = SchemeFile.Load(schemeFile);
        var demo = DemoScenario.Create(scheme);
        var folder = RunFolder.Prepare(output);
        var cohortFile = new FileInfo(Path.Combine(folder.Path, "cohort.csv"));
        var eventsFile = new FileInfo(Path.Combine(folder.Path, "events.json"));
        await File.WriteAllTextAsync(cohortFile.FullName, demo.CohortCsv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        await using (var events = File.Create(eventsFile.FullName))
        {
            EventsFileWriter.Write(events, demo.Events);
        }

        var mentors = demo.Participants.Where(p => p.Role == ParticipantRole.Mentor).ToList();
        await stdout.WriteLineAsync(
            $"Made a synthetic cohort of {demo.Participants.Count - mentors.Count} mentees and {mentors.Count} mentors ({mentors.Count(m => !m.IsCleared)} not cleared yet) " +
            $"in {demo.Participants.Select(p => p.School).Distinct(StringComparer.OrdinalIgnoreCase).Count()} Schools, and {demo.Events.Count} events: {cohortFile.FullName}, {eventsFile.FullName}");
        var options = new SimulateOptions(cohortFile, output) { Events = eventsFile, Scheme = schemeFile };
        var exitCode = await SimulateCommand.RunAsync(options, stdout, stderr, cancellationToken);
        if (exitCode == ExitCode.Success)
        {
            await stdout.WriteLineAsync($"Open {folder.Report} in a browser. To change the year and run it again: simulate {cohortFile.FullName} --events {eventsFile.FullName} --out {folder.Path}");
        }

        return exitCode;
    }
}
