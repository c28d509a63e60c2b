using System.CommandLine;

namespace MentorFlows.Local.Cli;

/// <summary>
/// The arguments and options several verbs share. Each call makes a new symbol, so that every verb owns its own
/// (System.CommandLine symbols belong to one command); read them back with <c>parseResult.GetValue(symbol)</c>.
/// </summary>
public static class CommonArguments
{
    /// <summary><c>--scheme SCHEME.json</c>: the scheme settings; the built-in defaults when left out (DESIGN.md).</summary>
    public static Option<FileInfo> SchemeOption() => new("--scheme")
    {
        Description = "Scheme settings (JSON, see samples/scheme.json); the built-in defaults when left out.",
        HelpName = "SCHEME.json",
    };

    /// <summary>The cohort CSV a verb reads (columns in DESIGN.md, example in samples/cohort.csv).</summary>
    public static Argument<FileInfo> CohortArgument() => new("COHORT.csv")
    {
        Description = "The cohort file: one CSV with mentees and mentors (see samples/cohort.csv).",
    };
}
