using System.Globalization;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// The header row of a cohort file: which field holds which column. Built by <see cref="Parse"/>, which turns a
/// header that cannot be used into a <see cref="CohortFileException"/> and an unknown or unnamed column into a
/// warning (its values are ignored).
/// </summary>
internal sealed class CohortHeader
{
    private readonly int[] _indexByColumn;
    private readonly string[] _columnNameByIndex;

    private CohortHeader(int line, int[] indexByColumn, string[] columnNameByIndex, int namedWidth)
    {
        Line = line;
        _indexByColumn = indexByColumn;
        _columnNameByIndex = columnNameByIndex;
        NamedWidth = namedWidth;
    }

    /// <summary>The header's line in the file: 1, unless blank lines or a <c>sep=,</c> line come first.</summary>
    public int Line { get; }

    /// <summary>Cells in the header row, named or not.</summary>
    public int Width => _columnNameByIndex.Length;

    /// <summary>Fields up to the last named header cell; trailing cells with no name (Excel's trailing commas) do not count.</summary>
    public int NamedWidth { get; }

    /// <summary>The 0-based field index of <paramref name="column"/>, or -1 when the header does not have it.</summary>
    public int IndexOf(CohortColumn column) => _indexByColumn[(int)column];

    public bool Has(CohortColumn column) => IndexOf(column) >= 0;

    /// <summary>How problems name the field at <paramref name="index"/>: the column's name, or its 1-based position.</summary>
    public string ColumnAt(int index) =>
        index >= 0 && index < _columnNameByIndex.Length ? _columnNameByIndex[index] : (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <exception cref="CohortFileException">Not a cohort header: no known column, a column twice, a required column missing.</exception>
    public static CohortHeader Parse(IReadOnlyList<string> cells, int line, CohortProblemLog log)
    {
        if (cells.Count == 1 && cells[0].Contains(';', StringComparison.Ordinal))
        {
            throw new CohortFileException($"line {line}: the columns are separated by semicolons; save the file as \"CSV UTF-8 (comma delimited)\"");
        }

        if (cells.Count == 1 && cells[0].Contains('\t', StringComparison.Ordinal))
        {
            throw new CohortFileException($"line {line}: the columns are separated by tabs; save the file as \"CSV UTF-8 (comma delimited)\"");
        }

        var indexByColumn = Enumerable.Repeat(-1, CohortColumns.All.Count).ToArray();
        var names = new string[cells.Count];
        var unknown = new List<int>();
        var namedWidth = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim().Trim('\uFEFF');
            names[i] = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (cell.Length == 0)
            {
                continue;
            }

            namedWidth = i + 1;
            if (!CohortColumns.TryParse(cell, out var column))
            {
                names[i] = Shorten(cell);
                unknown.Add(i);
                continue;
            }

            if (indexByColumn[(int)column] >= 0)
            {
                throw new CohortFileException($"line {line}: column {CohortColumns.NameOf(column)} appears twice in the header (columns {indexByColumn[(int)column] + 1} and {i + 1})");
            }

            indexByColumn[(int)column] = i;
            names[i] = CohortColumns.NameOf(column);
        }

        if (indexByColumn.All(index => index < 0))
        {
            throw new CohortFileException($"line {line}: the first row is not a cohort header; it must name the columns, such as {string.Join(", ", CohortColumns.RequiredInHeader.Take(6).Select(CohortColumns.NameOf))} (see samples/cohort.csv)");
        }

        var missing = CohortColumns.RequiredInHeader.Where(c => indexByColumn[(int)c] < 0).Select(CohortColumns.NameOf).ToList();
        if (missing.Count > 0)
        {
            var noun = missing.Count == 1 ? "column" : "columns";
            throw new CohortFileException($"line {line}: the header lacks the required {noun} {string.Join(", ", missing)}");
        }

        foreach (var i in unknown)
        {
            log.Warning(line, names[i], "unknown column; its values are ignored");
        }

        for (var i = 0; i < namedWidth; i++)
        {
            if (cells[i].Trim().Trim('\uFEFF').Length == 0)
            {
                log.Warning(line, names[i], "this column has no name in the header; its values are ignored");
            }
        }

        return new CohortHeader(line, indexByColumn, names, namedWidth);
    }

    private static string Shorten(string cell)
    {
        var oneLine = new string([.. cell.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length <= 40 ? oneLine : string.Concat(oneLine.AsSpan(0, 37), "...");
    }
}
