using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Local.Cli;

/// <summary>"Read the cohort file or exit 2": opens and checks a cohort CSV for any verb that takes one.</summary>
public static class CohortFile
{
    /// <summary>
    /// Reads <paramref name="file"/> as UTF-8 (a byte order mark, UTF-8 or UTF-16, is honoured). Bytes that are not
    /// UTF-8 are decoded as U+FFFD, which <see cref="CohortReader"/> reports with their line.
    /// </summary>
    /// <returns>Every row checked; invalid rows are in <see cref="CohortReadResult.Errors"/>, not an exception.</returns>
    /// <exception cref="CliInputException">Missing, unreadable, empty, binary, not UTF-8, no usable header, no rows.</exception>
    public static CohortReadResult Read(FileInfo file, SchemeSettings scheme)
    {
        using var stream = InputFile.OpenRead(file, "cohort file");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            return CohortReader.Read(reader, scheme);
        }
        catch (CohortFileException ex)
        {
            throw new CliInputException($"cohort file {file}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"cannot read cohort file {file}: {ex.Message}", ex);
        }
    }
}
