using System.Buffers;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// Passes a cohort file's text through unchanged and stops at the first sign that it is not CSV text: a NUL
/// (binary data: a spreadsheet workbook, an image, UTF-16 without a byte order mark) or U+FFFD, which a decoder
/// puts where bytes were not UTF-8 (a file saved as Latin-1 or "ANSI"). It counts line feeds as the text goes by,
/// so the error names the line. The inner reader belongs to the caller and is not disposed.
/// </summary>
internal sealed class BinaryGuardTextReader(TextReader inner) : TextReader
{
    private static readonly SearchValues<char> NotCsvText = SearchValues.Create("\0\uFFFD");

    private int _lineFeedsSeen;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Inspect([(char)c]);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Inspect(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Inspect(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        ReadAsync(buffer.AsMemory(index, count)).AsTask();

    private void Inspect(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(NotCsvText);
        if (at >= 0)
        {
            var line = _lineFeedsSeen + text[..at].Count('\n') + 1;
            throw new CohortFileException(text[at] == '\0'
                ? $"line {line}: the file contains binary data, so it is not a CSV text file (save a spreadsheet as \"CSV UTF-8\" first)"
                : $"line {line}: the file is not UTF-8 text (save it as \"CSV UTF-8\" and try again)");
        }

        _lineFeedsSeen += text.Count('\n');
    }
}
