using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Domain.Tests.Cohort;

/// <summary>Cohort files for tests: the DESIGN.md header and rows, read with the default scheme.</summary>
internal static class CohortCsv
{
    public static string Header { get; } = string.Join(",", CohortColumns.All.Select(CohortColumns.NameOf));

    public static string Of(params CohortRow[] rows) =>
        string.Join("\r\n", [Header, .. rows.Select(r => r.ToCsvLine())]) + "\r\n";

    public static CohortReadResult Read(string text) => CohortReader.Read(new StringReader(text), SchemeDefaults.Settings);

    public static CohortReadResult Read(params CohortRow[] rows) => Read(Of(rows));

    /// <summary>The one error of a file expected to have exactly one.</summary>
    public static CohortProblem SingleError(params CohortRow[] rows) => Assert.Single(Read(rows).Errors);
}
