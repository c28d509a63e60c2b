using System.CommandLine;
using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;

namespace MentorFlows.Local.Cli;

/// <summary>
/// <c>match COHORT.csv [--scheme S.json] [--out matches.csv]</c> (DESIGN.md): matches the cohort's mentees with its
/// mentors (<see cref="MentorMatcher"/>) and prints how many were matched, the preferences met, and the unmatched
/// mentees' reasons grouped with their counts; <c>--out</c> writes every mentee's row (<see cref="MatchesCsv"/>).
/// A cohort with invalid rows is reported as <c>validate</c> reports it and not matched (exit 1), unless the scheme
/// says <c>acceptValidRows</c>: then the problems are printed and the valid rows are matched. Exit 2 when a file
/// cannot be read or written.
/// </summary>
public static class MatchCommand
{
    public static Command Create()
    {
        var cohort = CommonArguments.CohortArgument();
        var scheme = CommonArguments.SchemeOption();
        var output = new Option<FileInfo>("--out")
        {
            Description = "Write every mentee's match or reason to this CSV (mentee_id,mentor_id,school,score,reasons).",
            HelpName = "matches.csv",
        };
        var command = new Command("match", "Match mentees with mentors: prints matched and unmatched counts and reasons. Exit code 0 matched, 1 invalid rows, 2 unreadable file.")
        {
            cohort,
            scheme,
            output,
        };
        command.SetAction(parseResult => (int)Run(
            parseResult.GetRequiredValue(cohort),
            parseResult.GetValue(scheme),
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output));
        return command;
    }

    public static ExitCode Run(FileInfo cohortFile, FileInfo? schemeFile, FileInfo? matchesFile, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scheme = SchemeFile.Load(schemeFile);
        var cohort = CohortFile.Read(cohortFile, scheme);
        if (!cohort.IsValid)
        {
            PrintProblems(cohort, output);
            if (!cohort.MayApply(scheme))
            {
                output.WriteLine("nothing matched: correct the rows above (or set acceptValidRows in the scheme to match the valid rows)");
                return ExitCode.InvalidInput;
            }

            output.WriteLine("matching the valid rows only (acceptValidRows)");
        }

        var request = MatchRequest.ForCohort(cohort.Participants, scheme);
        var result = MentorMatcher.Match(request);
        foreach (var line in Summary(request, result))
        {
            output.WriteLine(line);
        }

        if (matchesFile is not null)
        {
            Write(result, matchesFile);
            output.WriteLine($"matches written to {matchesFile}");
        }

        return ExitCode.Success;
    }

    /// <summary>
    /// <c>29 mentees: 27 matched, 2 unmatched (11 mentors)</c>, the preferences line, then
    /// <c>unmatched: N × reason</c> per distinct reason, most frequent first.
    /// </summary>
    public static IEnumerable<string> Summary(MatchRequest request, MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var mentees = request.Mentees.ToDictionary(m => m.StudentId, StringComparer.Ordinal);
        var mentors = request.Mentors.ToDictionary(m => m.StudentId, StringComparer.Ordinal);
        var withPreference = result.Matches.Count(m => mentees[m.MenteeId].GenderPreference is not null);
        var preferenceMet = result.Matches.Count(m => MatchPreferences.GenderPreferenceMet(mentees[m.MenteeId], mentors[m.MentorId]));
        var sameCourse = result.Matches.Count(m => MatchPreferences.SameCourse(mentees[m.MenteeId], mentors[m.MentorId]));

        yield return Invariant($"{Count(request.Mentees.Count, "mentee")}: {result.Matches.Count} matched, {result.Unmatched.Count} unmatched ({Count(request.Mentors.Count, "mentor")})");
        yield return Invariant($"preferences: {preferenceMet} of {withPreference} gender preferences met, {sameCourse} same course; {result.Objective.PreferencePoints} points");
        foreach (var reason in result.Unmatched
            .GroupBy(u => u.Explanation, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return Invariant($"unmatched: {reason.Count()} × {reason.Key}");
        }
    }

    private static void PrintProblems(CohortReadResult cohort, TextWriter output)
    {
        foreach (var error in cohort.Errors)
        {
            output.WriteLine(error);
        }

        foreach (var warning in cohort.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        output.WriteLine(ValidateCommand.Summary(cohort));
    }

    private static void Write(MatchResult result, FileInfo file)
    {
        try
        {
            using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            MatchesCsv.Write(result, writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot write matches file {file}: {(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}", ex);
        }
    }

    private static string Count(int count, string noun) => Invariant($"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
