using System.Globalization;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Api.Cohorts;

/// <summary>
/// Why a cohort upload received on or after the scheme's closure was refused (<c>CohortUploadOutcome.SchemeClosed</c>),
/// in the words both the HTTP API (409) and the intake folder's report use: the scheme file's <c>start</c> and
/// <c>end</c>, and what to do instead.
/// </summary>
public static class SchemeClosedProblem
{
    public static string Detail(SchemeYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var start = year.Scheme.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = year.Scheme.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"The scheme year is over: it ran from {start} (start in the scheme file) to {end} (end) and has closed, "
            + "so a cohort taken in now would only be erased. Nothing was stored: upload the cohort with next year's scheme file "
            + "(start and end set to the new year's dates).";
    }
}
