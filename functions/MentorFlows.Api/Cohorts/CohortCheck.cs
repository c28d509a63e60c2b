using System.Globalization;
using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Api.Cohorts;

/// <summary>
/// What a cohort file's content is worth before it is uploaded, for the HTTP upload and the intake folder alike:
/// every row checked (<see cref="Rows"/>) or, when the content is not a cohort file at all, why
/// (<see cref="FileProblem"/>, a message that names no personal value).
/// </summary>
public sealed record CohortCheck(CohortReadResult? Rows, string? FileProblem)
{
    /// <summary>Whether uploading it would change anything: readable, and valid or the scheme accepts valid rows alone.</summary>
    public bool CanUpload(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return Rows is { } rows && rows.MayApply(scheme);
    }

    /// <summary>Reads <paramref name="content"/> as the ingestion will (UTF-8, a byte order mark honoured).</summary>
    public static CohortCheck Of(ReadOnlyMemory<byte> content, SchemeSettings scheme)
    {
        using var reader = new StreamReader(new MemoryStream(content.ToArray(), writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        try
        {
            return new CohortCheck(CohortReader.Read(reader, scheme), null);
        }
        catch (CohortFileException ex)
        {
            return new CohortCheck(null, ex.Message);
        }
    }

    /// <summary><c>40 rows: 25 mentees, 15 mentors; 0 errors, 1 warning</c> (the validate verb's and the upload's summary).</summary>
    public static string Summary(CohortReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{Count(result.RowCount, "row")}: {Count(result.MenteeCount, "mentee")}, {Count(result.MentorCount, "mentor")}; "
            + $"{Count(result.Errors.Count, "error")}, {Count(result.Warnings.Count, "warning")}";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
