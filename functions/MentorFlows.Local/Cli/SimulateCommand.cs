using MentorFlows.Api.Cohorts;
using System.CommandLine;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Email;
using MentorFlows.Local.Outbox;
using MentorFlows.Local.Reporting;
using MentorFlows.Local.Simulation;
using MentorFlows.Runtime.Simulation;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Cli;

/// <summary>
/// <c>simulate COHORT.csv [--events EVENTS.json] [--scheme S.json] [--from DATE] [--to DATE] --out DIR</c>
/// (DESIGN.md): the whole year on the embedded runtime with a virtual clock, writing <c>outbox.jsonl</c>,
/// <c>timeline.jsonl</c>, <c>summary.json</c> and <c>report.html</c> into DIR (created; those four files are
/// replaced, nothing else in DIR is touched) and a short summary to stdout. Exit code 0 when the year ran, 1 when the
/// cohort has invalid rows (printed as <c>validate</c> does) and the scheme does not accept valid rows alone, 2 for
/// bad usage: an unreadable file, a bad events file, a bad date, an event outside the run or naming nobody.
/// </summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var cohort = CommonArguments.CohortArgument();
        var scheme = CommonArguments.SchemeOption();
        var events = new Option<FileInfo>("--events") { Description = "Things people do during the year (JSON list, see samples/events.json).", HelpName = "EVENTS.json" };
        var from = new Option<string>("--from") { Description = "Start: a date in the scheme's zone or an ISO instant. Default: seven days before the scheme starts.", HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = "End: a date (included) or an ISO instant. Default: the end of the retention period.", HelpName = "DATE" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for outbox.jsonl, timeline.jsonl, summary.json and report.html.", HelpName = "DIR", Required = true };
        var command = new Command("simulate", "Run the scheme's year on a virtual clock and write the outbox, timeline, summary and report.")
        {
            cohort, events, scheme, from, to, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new SimulateOptions(parseResult.GetRequiredValue(cohort), parseResult.GetRequiredValue(output))
            {
                Events = parseResult.GetValue(events),
                Scheme = parseResult.GetValue(scheme),
                From = parseResult.GetValue(from),
                To = parseResult.GetValue(to),
            };
            var configuration = parseResult.InvocationConfiguration;
            return (int)await RunAsync(options, configuration.Output, configuration.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<ExitCode> RunAsync(SimulateOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var scheme = SchemeFile.Load(options.Scheme);
        var window = Window(scheme, options);
        var cohort = CohortFile.Read(options.Cohort, scheme);
        if (!cohort.MayApply(scheme))
        {
            foreach (var problem in cohort.Errors)
            {
                await output.WriteLineAsync(problem.ToString());
            }

            await output.WriteLineAsync(ValidateCommand.Summary(cohort));
            await error.WriteLineAsync($"error: the cohort file has invalid rows; fix them (or set \"acceptValidRows\" in the scheme) and run again");
            return ExitCode.InvalidInput;
        }

        IReadOnlyList<SimulationEvent> events;
        try
        {
            events = options.Events is null ? [] : EventsFile.Read(options.Events);
        }
        catch (EventsFileException ex)
        {
            return await FailAsync(error, ex.Problems);
        }

        var participants = cohort.Participants.Concat(events.OfType<CohortUploadEvent>().SelectMany(u => Uploaded(u, scheme))).ToList();
        var problems = EventsCohortCheck.Problems(events, participants, window, options.Events?.Name ?? "events");
        if (problems.Count > 0)
        {
            return await FailAsync(error, problems);
        }

        var folder = RunFolder.Prepare(options.Out);
        var result = await RunYearAsync(scheme, options.Cohort, events, window, folder, cancellationToken);
        var report = new ReportInput
        {
            Scheme = scheme,
            FromUtc = result.FromUtc,
            ToUtc = result.ToUtc,
            Participants = participants,
            Matches = result.Matches,
            Unmatched = result.Unmatched,
            ErasureReceipts = result.ErasureReceipts,
            Timeline = result.Timeline,
            CheckInAnswers = [.. result.Events.Where(e => e.Outcome == CommandOutcome.Accepted).Select(e => e.Event).OfType<CheckInResponseEvent>()],
            SurveyAnswers = [.. result.Events.Where(e => e.Outcome == CommandOutcome.Accepted).Select(e => e.Event).OfType<SurveyResponseEvent>()],
            Emails = OutboxFile.ReadAll(folder.Outbox),
            Summary = result.Summary,
        };
        TimelineFile.Write(folder.Timeline, result.Timeline);
        SummaryFile.Write(folder.Summary, result.Summary);
        ReportFile.Write(folder.Report, report);
        SimulationPrinter.Print(output, report, folder);
        foreach (var ignored in result.Events.Where(e => e.Outcome is CommandOutcome.NotFound or CommandOutcome.NotApplicable))
        {
            await error.WriteLineAsync($"warning: {EventsCohortCheck.Describe(ignored.Event, options.Events?.Name ?? "events")} did nothing: {Words(ignored.Outcome)}");
        }
        return ExitCode.Success;
    }

    private static async Task<SimulationResult> RunYearAsync(SchemeSettings scheme, FileInfo cohortFile, IReadOnlyList<SimulationEvent> events, RunWindow window, RunFolder folder, CancellationToken cancellationToken)
    {
        using var mailer = OutboxFileMailer.Open(folder.Outbox, time: null);
        return await SchemeSimulator.RunAsync(
            new SimulationRequest
            {
                Scheme = scheme,
                CohortFileName = cohortFile.Name,
                CohortContent = await File.ReadAllBytesAsync(cohortFile.FullName, cancellationToken),
                Mailer = mailer,
                Templates = await SchemeTemplates.LoadAsync(scheme, cancellationToken),
                Events = events,
                ReadCohortUpload = async (path, token) => await File.ReadAllBytesAsync(path, token),
                FromUtc = window.FromUtc,
                ToUtc = window.ToUtc,
            },
            cancellationToken);
    }

    private static string Words(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.NotFound => "no such student or concern at that time (not enrolled yet, or erased)",
        _ => "it does not apply at that time (e.g. a check-in answer with no current match or before the first round)",
    };

    private static RunWindow Window(SchemeSettings scheme, SimulateOptions options)
    {
        RunWindow window;
        try
        {
            window = RunWindow.For(scheme, options.From, options.To);
        }
        catch (FormatException ex)
        {
            throw new CliInputException(ex.Message, ex);
        }

        // The cohort is uploaded at --from, and an upload on or after closure is refused (SchemeCalendar.AcceptsCohortUploadAt).
        if (!new SchemeCalendar(scheme).AcceptsCohortUploadAt(NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(window.FromUtc, DateTimeKind.Utc))))
        {
            throw new CliInputException($"--from is on or after the scheme's closure (start {scheme.Start:yyyy-MM-dd}, end {scheme.End:yyyy-MM-dd}), when no cohort is taken in: start the run before the end date");
        }

        return window;
    }

    /// <summary>The valid rows of a file a <c>cohortUpload</c> names, for names in the report and the events check.</summary>
    private static IReadOnlyList<Participant> Uploaded(CohortUploadEvent upload, SchemeSettings scheme) =>
        CohortFile.Read(new FileInfo(upload.Path), scheme).Participants;

    private static async Task<ExitCode> FailAsync(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"error: {problem}");
        }

        return ExitCode.UsageError;
    }
}
