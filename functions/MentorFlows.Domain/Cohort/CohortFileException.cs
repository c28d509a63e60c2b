namespace MentorFlows.Domain.Cohort;

/// <summary>
/// A cohort file that cannot be read as a cohort at all: empty, binary or not UTF-8, no header, a header without
/// the required columns, or no rows. The message is one line, for a coordinator, and quotes no personal data.
/// Problems with single rows are not exceptions: they are <see cref="CohortProblem"/>s.
/// </summary>
public sealed class CohortFileException : Exception
{
    public CohortFileException()
    {
    }

    public CohortFileException(string message)
        : base(message)
    {
    }

    public CohortFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
