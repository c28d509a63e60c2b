using CsvHelper;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// Reads and checks a cohort file (DOMAIN.md "Cohort ingestion", DESIGN.md columns): one CSV, mentees and mentors
/// together, with a header row whose names are matched without case and in any order. Every row is checked and
/// every problem reported with its line and column (<see cref="CohortProblem"/>); the file is streamed, so its size
/// is bounded by the rows it holds, not by the text.
/// <para>
/// The text comes in through a <see cref="TextReader"/> that the caller opens and disposes (the Domain does no I/O).
/// A UTF-8 byte order mark is skipped; text that a decoder could not read (U+FFFD) or binary data (NUL) fails the
/// whole file, as does a file with no header, a header without the required columns (<see cref="CohortColumns"/>),
/// or no rows: those throw <see cref="CohortFileException"/>.
/// </para>
/// </summary>
public static class CohortReader
{
    /// <summary>A row longer than this is taken for a double quote that is never closed.</summary>
    private const int MaximumRowBytes = 1 << 20;

    /// <exception cref="CohortFileException">The file cannot be read as a cohort at all; the message is one line.</exception>
    public static CohortReadResult Read(TextReader reader, SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(scheme);

        var log = new CohortProblemLog();
        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Add,
            IncludeValuesInExceptions = false,
            PoolStrings = true,
            MaxRecordSize = MaximumRowBytes,
        };

        try
        {
            using var guarded = new BinaryGuardTextReader(reader);
            using var csv = CsvReader.Create(guarded, options, leaveOpen: true);
            var header = ReadHeader(csv, malformed, log);
            var rows = new CohortRowReader(header, scheme, log);
            var participants = new List<Participant>();
            var rowCount = 0;
            while (csv.Read())
            {
                rowCount += ReportMalformed(malformed, header, log);
                if (IsBlank(csv))
                {
                    continue;
                }

                rowCount++;
                if (rows.Read(csv, checked((int)csv.LineNumber)) is { } participant)
                {
                    participants.Add(participant);
                }
            }

            rowCount += ReportMalformed(malformed, header, log);
            if (rowCount == 0)
            {
                throw new CohortFileException("the file has a header row but no student rows");
            }

            rows.WarnAboutConflictsWithUnknownStudents();
            CohortAbsentColumnWarnings.Add(header, participants, scheme, log);
            return new CohortReadResult
            {
                Participants = participants,
                Errors = log.Errors(),
                Warnings = log.Warnings(),
                RowCount = rowCount,
            };
        }
        catch (CsvFormatException ex)
        {
            throw new CohortFileException($"line {ex.LineNumber}: a row is longer than {MaximumRowBytes / 1024} KB (is a double quote never closed?)", ex);
        }
    }

    /// <summary>Reads up to the header: the first row that is not blank, after an Excel <c>sep=,</c> hint if there is one.</summary>
    private static CohortHeader ReadHeader(CsvReader csv, List<CsvMalformedRecord> malformed, CohortProblemLog log)
    {
        while (csv.Read())
        {
            if (malformed.Count > 0)
            {
                throw new CohortFileException($"line {malformed[0].LineNumber}: the first row is not a cohort header (it has a misplaced double quote)");
            }

            if (IsBlank(csv) || IsSeparatorHint(csv))
            {
                continue;
            }

            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            return CohortHeader.Parse(cells, checked((int)csv.LineNumber), log);
        }

        if (malformed.Count > 0)
        {
            throw new CohortFileException($"line {malformed[0].LineNumber}: the first row is not a cohort header (it has a misplaced double quote)");
        }

        throw new CohortFileException("the file is empty");
    }

    /// <summary>Logs the rows the parser skipped for broken quoting since the last call; returns how many.</summary>
    private static int ReportMalformed(List<CsvMalformedRecord> malformed, CohortHeader header, CohortProblemLog log)
    {
        foreach (var record in malformed)
        {
            var column = header.ColumnAt(Math.Max(0, MalformedFieldLocator.FindField(record.RawRecord)));
            log.Error(checked((int)record.LineNumber), column, record.Reason switch
            {
                CsvMalformedReason.UnterminatedQuote => "a double quote opens a value but never closes it, so the rest of the file could not be read",
                CsvMalformedReason.TextAfterClosingQuote => "text follows the closing double quote of a value; put the whole value in quotes and double any quote inside it",
                _ => "a double quote inside a value that is not in quotes; put the whole value in quotes and double the quote inside it",
            });
        }

        var count = malformed.Count;
        malformed.Clear();
        return count;
    }

    /// <summary>Excel's <c>sep=,</c> first line, which reads as a field "sep=" and, after the comma, an empty one.</summary>
    private static bool IsSeparatorHint(CsvReader csv)
    {
        if (csv.FieldCount > 2 || !csv.GetString(0).StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return csv.FieldCount == 1 || csv.IsEmpty(1);
    }

    private static bool IsBlank(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!csv.IsEmpty(i))
            {
                return false;
            }
        }

        return true;
    }
}
