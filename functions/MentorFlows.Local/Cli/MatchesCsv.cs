using System.Globalization;
using CsvHelper;
using MentorFlows.Domain.Csv;
using MentorFlows.Domain.Matching;

namespace MentorFlows.Local.Cli;

/// <summary>
/// The <c>matches.csv</c> the <c>match</c> verb writes (DESIGN.md): <c>mentee_id,mentor_id,school,score,reasons</c>,
/// one row per mentee of the cohort sorted by mentee id. A matched mentee's reasons are joined with "; "; an
/// unmatched mentee has an empty <c>mentor_id</c> and <c>score</c>, and the reason in <c>reasons</c>. Every cell
/// goes through <see cref="SpreadsheetSafe.Escape"/> (cohort values such as School names come from an upload).
/// </summary>
public static class MatchesCsv
{
    public static readonly IReadOnlyList<string> Columns = ["mentee_id", "mentor_id", "school", "score", "reasons"];

    public static void Write(MatchResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var rows = result.Matches
            .Select(m => (m.MenteeId, Row: new[] { m.MenteeId, m.MentorId, m.School, m.Score.ToString(CultureInfo.InvariantCulture), string.Join("; ", m.Reasons) }))
            .Concat(result.Unmatched.Select(u => (u.MenteeId, Row: new[] { u.MenteeId, string.Empty, u.School, string.Empty, u.Explanation })))
            .OrderBy(r => r.MenteeId, StringComparer.Ordinal);

        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        foreach (var (_, row) in rows)
        {
            csv.WriteRecord([.. row.Select(SpreadsheetSafe.Escape)]);
        }

        csv.Flush();
    }
}
