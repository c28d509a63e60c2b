namespace MentorFlows.Local.Cli;

/// <summary>The process exit codes of every verb (DESIGN.md contracts).</summary>
public enum ExitCode
{
    /// <summary>Done; for <c>validate</c>, the file is valid (warnings allowed).</summary>
    Success = 0,

    /// <summary>The input was read but has invalid rows (each printed as <c>line N, column C: why</c>).</summary>
    InvalidInput = 1,

    /// <summary>Bad usage or input that cannot be read at all: unknown verb or option, missing or unreadable file, a file that is not a cohort or scheme.</summary>
    UsageError = 2,
}
