namespace MentorFlows.Domain.Cohort;

/// <summary>The errors and warnings of one read, collected as rows go by and handed out ordered by line.</summary>
internal sealed class CohortProblemLog
{
    private readonly List<CohortProblem> _errors = [];
    private readonly List<CohortProblem> _warnings = [];

    public int ErrorCount => _errors.Count;

    public void Error(int line, CohortColumn column, string message) => Error(line, CohortColumns.NameOf(column), message);

    public void Error(int line, string column, string message) => _errors.Add(new CohortProblem(line, column, message));

    public void Warning(int line, CohortColumn column, string message) => Warning(line, CohortColumns.NameOf(column), message);

    public void Warning(int line, string column, string message) => _warnings.Add(new CohortProblem(line, column, message));

    // Stable sort: problems of one line keep the order of the columns they were found in.
    public IReadOnlyList<CohortProblem> Errors() => [.. _errors.OrderBy(p => p.Line)];

    public IReadOnlyList<CohortProblem> Warnings() => [.. _warnings.OrderBy(p => p.Line)];
}
