using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Local.Cohorts;

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
        return Rows is { } rows && (rows.IsValid || scheme.AcceptValidRows);
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
}
