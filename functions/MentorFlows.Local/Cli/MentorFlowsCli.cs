using System.CommandLine;

namespace MentorFlows.Local.Cli;

/// <summary>
/// The local host's command line (DESIGN.md "Contracts"), runnable in-process with any output writers so that
/// tests see exactly what a user sees. Whatever happens, the user gets lines, never a stack trace: parse errors and
/// unusable input are one <c>error:</c> line each on stderr with exit code 2.
/// </summary>
public static class MentorFlowsCli
{
    /// <summary>Every verb. A new verb is one line here and its own <c>XxxCommand.cs</c>.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("MentorFlows: runs a university peer-mentoring scheme's year.");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(MatchCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(Serve.ServeCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(CreateRootCommand(), args, stdout, stderr, cancellationToken);

    /// <summary>Runs <paramref name="root"/> (tests add verbs to it) with the guard every run has.</summary>
    internal static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    await stderr.WriteLineAsync($"error: {error.Message}");
                }

                await stderr.WriteLineAsync("Run with --help to see the verbs and their arguments.");
                return (int)ExitCode.UsageError;
            }

            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliInputException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return (int)ExitCode.UsageError;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: cancelled");
            return (int)ExitCode.UsageError;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace, and no exception message (it may quote data), ever reaches the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"error: unexpected {ex.GetType().Name}; this is a bug, please report it with the command you ran");
            return (int)ExitCode.UsageError;
        }
    }
}
