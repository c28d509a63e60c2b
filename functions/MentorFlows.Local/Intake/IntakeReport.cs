using MentorFlows.Api.Cohorts;
using System.Globalization;
using MentorFlows.Local.Cli;
using MentorFlows.Local.Cohorts;

namespace MentorFlows.Local.Intake;

/// <summary>
/// The text of <c>NAME.report.txt</c>, written next to a processed or rejected intake file: what happened, then what
/// <c>validate</c> prints for the file (one line per problem, <c>line N, column C: why</c>, then the summary).
/// </summary>
public static class IntakeReport
{
    public static string Write(string fileName, string contentSha256, DateTime atUtc, IntakeOutcome outcome, string outcomeDetail, CohortCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"file: {fileName}");
        text.WriteLine($"sha256: {contentSha256}");
        text.WriteLine($"processed: {atUtc:yyyy-MM-ddTHH:mm:ssZ}");
        text.WriteLine($"outcome: {outcome switch { IntakeOutcome.Uploaded => "uploaded", IntakeOutcome.AlreadyReceived => "already received", _ => "rejected" }}: {outcomeDetail}");
        text.WriteLine();
        if (check.Rows is { } rows)
        {
            foreach (var error in rows.Errors)
            {
                text.WriteLine(error);
            }

            foreach (var warning in rows.Warnings)
            {
                text.WriteLine($"warning: {warning}");
            }

            text.WriteLine(ValidateCommand.Summary(rows));
        }
        else
        {
            text.WriteLine($"error: {check.FileProblem}");
        }

        return text.ToString();
    }
}
