using System.CommandLine;
using MentorFlows.Local.Cli;

namespace MentorFlows.Local.Tests.Cli;

public sealed class MentorFlowsCliTests
{
    [Fact]
    public async Task Run_NoVerb_ExitsTwoWithUsageHint()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Run with --help to see the verbs and their arguments.", run.Error[^1]);
        Assert.All(run.Error[..^1], line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_UnknownVerb_ExitsTwoNamingIt()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.Error, line => line.Contains("'frobnicate'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ValidateWithoutFile_ExitsTwo()
    {
        var run = await CliRun.RunAsync("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Required argument missing for command: 'validate'.", run.Error[0]);
    }

    [Fact]
    public async Task Run_Help_ListsValidateAndExitsZero()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Out, line => line.TrimStart().StartsWith("validate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_VerbThatThrowsUnexpectedly_PrintsOneLineWithoutStackTraceOrMessage()
    {
        var root = MentorFlowsCli.CreateRootCommand();
        var boom = new Command("boom");
        boom.SetAction(int (_) => throw new FormatException("The input string 'Zoë O'Connor' was not in a correct format."));
        root.Subcommands.Add(boom);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await MentorFlowsCli.RunAsync(root, ["boom"], stdout, stderr);

        Assert.Equal(2, exitCode);
        Assert.Equal("error: unexpected FormatException; this is a bug, please report it with the command you ran" + Environment.NewLine, stderr.ToString());
    }
}
