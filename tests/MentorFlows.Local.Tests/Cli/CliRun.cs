using MentorFlows.Local.Cli;

namespace MentorFlows.Local.Tests.Cli;

/// <summary>What a user sees from one run of the CLI: exit code and the lines of stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string[] Out, string[] Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await MentorFlowsCli.RunAsync(args, stdout, stderr);
        return new CliRun(exitCode, Lines(stdout), Lines(stderr));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
