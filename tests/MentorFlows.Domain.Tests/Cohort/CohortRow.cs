using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

/// <summary>A valid cohort row for the default scheme, whose values a test changes one at a time.</summary>
internal sealed class CohortRow
{
    private readonly Dictionary<CohortColumn, string> _values;

    private CohortRow(Dictionary<CohortColumn, string> values) => _values = values;

    public static CohortRow Mentee(string studentId) => new(new()
    {
        [CohortColumn.StudentId] = studentId,
        [CohortColumn.FirstName] = "Zoë",
        [CohortColumn.LastName] = "O'Connor",
        [CohortColumn.Email] = $"{studentId.ToLowerInvariant()}@example.ac.uk",
        [CohortColumn.Role] = "mentee",
        [CohortColumn.School] = "School of Law",
        [CohortColumn.Course] = "LLB Law",
        [CohortColumn.Gender] = "female",
        [CohortColumn.GenderPreference] = "no preference",
        [CohortColumn.DateOfBirth] = "2006-05-17",
    });

    public static CohortRow Mentor(string studentId) => new(new()
    {
        [CohortColumn.StudentId] = studentId,
        [CohortColumn.FirstName] = "Siobhán",
        [CohortColumn.LastName] = "D'Souza",
        [CohortColumn.Email] = $"{studentId.ToLowerInvariant()}@example.ac.uk",
        [CohortColumn.Role] = "mentor",
        [CohortColumn.School] = "School of Law",
        [CohortColumn.Course] = "LLB Law",
        [CohortColumn.Gender] = "female",
        [CohortColumn.DateOfBirth] = "2003-01-09",
        [CohortColumn.MentorCapacity] = "4",
        [CohortColumn.TrainingCompleted] = "yes",
        [CohortColumn.ContractSigned] = "yes",
        [CohortColumn.RightToWorkChecked] = "yes",
    });

    public CohortRow With(CohortColumn column, string value) => new(new(_values) { [column] = value });

    /// <summary>The row as a CSV line in the header order of <see cref="CohortCsv.Header"/>, quoting where needed.</summary>
    public string ToCsvLine() => string.Join(",", CohortColumns.All.Select(c => Quote(_values.GetValueOrDefault(c, string.Empty))));

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
