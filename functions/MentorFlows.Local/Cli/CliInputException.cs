namespace MentorFlows.Local.Cli;

/// <summary>
/// Input a verb cannot work with at all (a missing or unreadable file, a bad scheme file, a file that is not a
/// cohort). <see cref="MentorFlowsCli"/> prints the message as one <c>error:</c> line and exits with
/// <see cref="ExitCode.UsageError"/>. The message names files, keys, lines and columns, never personal data.
/// </summary>
public sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
