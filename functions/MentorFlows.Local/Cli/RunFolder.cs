using MentorFlows.Api.Html;
using MentorFlows.Local.Outbox;
using MentorFlows.Local.Reporting;
using MentorFlows.Local.Simulation;

namespace MentorFlows.Local.Cli;

/// <summary>The output folder of one <c>simulate</c> run and its four files.</summary>
public sealed record RunFolder(string Path)
{
    public string Outbox => System.IO.Path.Combine(Path, OutboxFile.FileName);

    public string Timeline => System.IO.Path.Combine(Path, TimelineFile.FileName);

    public string Summary => System.IO.Path.Combine(Path, SummaryFile.FileName);

    public string Report => System.IO.Path.Combine(Path, ReportHtml.FileName);

    /// <summary>
    /// Creates the folder if need be and removes the four run files a previous run left there (a new run starts with
    /// an empty outbox: its idempotency would otherwise skip the emails the last run sent). Nothing else is touched.
    /// </summary>
    /// <exception cref="CliInputException">The path is a file, or the folder cannot be created or cleared.</exception>
    public static RunFolder Prepare(DirectoryInfo directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory.FullName))
        {
            throw new CliInputException($"--out {directory} is a file, not a folder");
        }

        try
        {
            Directory.CreateDirectory(directory.FullName);
            var folder = new RunFolder(directory.FullName);
            foreach (var file in new[] { folder.Outbox, folder.Timeline, folder.Summary, folder.Report })
            {
                File.Delete(file);
            }

            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write to --out {directory}: {ex.GetType().Name}", ex);
        }
    }
}
