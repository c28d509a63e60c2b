using MentorFlows.Api.Cohorts;
using System.Security.Cryptography;
using MentorFlows.Local.Cohorts;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Local.Intake;

/// <summary>
/// Takes one stable file from the intake folder: checks it as <c>validate</c> does, uploads it through
/// <see cref="SchemeCommands.UploadCohortAsync"/> unless its content was received before or it would change nothing
/// (a file the command refuses because the scheme has closed is rejected too, its report saying why), writes <c>NAME.report.txt</c> into <c>processed/</c> or <c>rejected/</c> and moves the file next to it. Safe to
/// repeat after a crash at any point: the upload is idempotent and a file whose content is known is not uploaded again.
/// </summary>
public sealed partial class IntakeFileProcessor
{
    public const string ProcessedFolder = "processed";
    public const string RejectedFolder = "rejected";
    public const string ReportSuffix = ".report.txt";

    private readonly IntakeSettings _settings;
    private readonly SchemeCommands _commands;
    private readonly ICohortUploadStore _uploads;
    private readonly SchemeYear _year;
    private readonly ILogger<IntakeFileProcessor> _logger;

    public IntakeFileProcessor(IntakeSettings settings, SchemeCommands commands, ICohortUploadStore uploads, SchemeYear year, ILogger<IntakeFileProcessor> logger)
    {
        _settings = settings;
        _commands = commands;
        _uploads = uploads;
        _year = year;
        _logger = logger;
    }

    /// <summary>Processes <paramref name="path"/> (a file directly in the intake folder) and returns where it went.</summary>
    public async Task<(IntakeOutcome Outcome, string MovedTo)> ProcessAsync(string path, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var check = CohortCheck.Of(content, _year.Scheme);

        IntakeOutcome outcome;
        string detail;
        if ((await _uploads.ListAsync(cancellationToken)).FirstOrDefault(u => string.Equals(u.ContentHash, hash, StringComparison.Ordinal)) is { } known)
        {
            outcome = IntakeOutcome.AlreadyReceived;
            detail = $"the same content was received as upload {known.UploadId} at {known.ReceivedAtUtc:yyyy-MM-ddTHH:mm:ssZ}; nothing changed";
        }
        else if (!check.CanUpload(_year.Scheme))
        {
            outcome = IntakeOutcome.Rejected;
            detail = check.Rows is null
                ? "this is not a cohort file the scheme can read; nothing changed"
                : "the file has invalid rows; nothing changed: fix them and drop the file again (or set acceptValidRows in the scheme)";
        }
        else
        {
            var receipt = await _commands.UploadCohortAsync(fileName, content, cancellationToken);
            (outcome, detail) = receipt.Outcome switch
            {
                CohortUploadOutcome.SchemeClosed => (IntakeOutcome.Rejected, SchemeClosedProblem.Detail(_year)),
                CohortUploadOutcome.AlreadyReceived => (IntakeOutcome.AlreadyReceived, $"already received as upload {receipt.UploadId}; nothing changed"),
                _ => (IntakeOutcome.Uploaded, $"uploaded as {receipt.UploadId}; see GET /api/cohorts/uploads/{receipt.UploadId} for the ingestion's result"),
            };
        }

        var folder = Path.Combine(_settings.Folder, outcome == IntakeOutcome.Rejected ? RejectedFolder : ProcessedFolder);
        Directory.CreateDirectory(folder);
        var target = FreeName(folder, fileName);
        await File.WriteAllTextAsync(target + ReportSuffix, IntakeReport.Write(fileName, hash, nowUtc, outcome, detail, check), cancellationToken);
        File.Move(path, target);
        LogProcessed(outcome, Path.GetRelativePath(_settings.Folder, target));
        return (outcome, target);
    }

    /// <summary><paramref name="fileName"/> in <paramref name="folder"/>, or <c>name-2.csv</c>, <c>name-3.csv</c>... when taken (by a file or its report).</summary>
    private static string FreeName(string folder, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var candidate = Path.Combine(folder, fileName);
        for (var n = 2; File.Exists(candidate) || File.Exists(candidate + ReportSuffix); n++)
        {
            candidate = Path.Combine(folder, $"{stem}-{n}{extension}");
        }

        return candidate;
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Intake: a cohort file was {Outcome} and moved to {MovedTo}")]
    private partial void LogProcessed(IntakeOutcome outcome, string movedTo);
}
