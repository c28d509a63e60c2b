using MentorFlows.Api.Cohorts;
using System.CommandLine;
using System.Globalization;
using MentorFlows.Domain.Cohort;

namespace MentorFlows.Local.Cli;

/// <summary>
/// <c>validate COHORT.csv [--scheme S.json]</c> (DESIGN.md): checks every row and prints one line per problem,
/// errors first (<c>line N, column C: why</c>), then warnings (<c>warning: line N, column C: why</c>), then a
/// summary <c>N rows: X mentees, Y mentors; E errors, W warnings</c>, where mentees and mentors are the valid rows.
/// Exit code 0 when valid (warnings allowed), 1 when a row is invalid, 2 when the file cannot be read as a cohort.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var cohort = CommonArguments.CohortArgument();
        var scheme = CommonArguments.SchemeOption();
        var command = new Command("validate", "Check a cohort file: one line per problem (line N, column C: why). Exit code 0 valid, 1 invalid rows, 2 unreadable file.")
        {
            cohort,
            scheme,
        };
        command.SetAction(parseResult => (int)Run(parseResult.GetRequiredValue(cohort), parseResult.GetValue(scheme), parseResult.InvocationConfiguration.Output));
        return command;
    }

    public static ExitCode Run(FileInfo cohortFile, FileInfo? schemeFile, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scheme = SchemeFile.Load(schemeFile);
        var result = CohortFile.Read(cohortFile, scheme);
        foreach (var error in result.Errors)
        {
            output.WriteLine(error);
        }

        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        output.WriteLine(Summary(result));
        return result.IsValid ? ExitCode.Success : ExitCode.InvalidInput;
    }

    /// <summary><c>40 rows: 25 mentees, 15 mentors; 0 errors, 1 warning</c>.</summary>
    public static string Summary(CohortReadResult result) => CohortCheck.Summary(result);
}
