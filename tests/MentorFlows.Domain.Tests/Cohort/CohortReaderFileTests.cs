using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class CohortReaderFileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF")]
    [InlineData(" , ,\n")]
    public void Read_EmptyFile_ThrowsFileEmpty(string text)
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(text));

        Assert.Equal("the file is empty", exception.Message);
    }

    [Fact]
    public void Read_HeaderWithoutRows_ThrowsNoStudentRows()
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(CohortCsv.Header + "\r\n"));

        Assert.Equal("the file has a header row but no student rows", exception.Message);
    }

    [Fact]
    public void Read_FirstRowIsData_ThrowsNotAHeader()
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(CohortRow.Mentee("S001").ToCsvLine()));

        Assert.StartsWith("line 1: the first row is not a cohort header", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutRequiredColumns_NamesThemAll()
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read("student_id,first_name,last_name,school,date_of_birth,at_risk,conflicts\nS001,A,B,Law,2006-01-01,,\n"));

        Assert.Equal("line 1: the header lacks the required columns email, role", exception.Message);
    }

    [Fact]
    public void Read_HeaderWithColumnTwice_NamesColumnAndPositions()
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(CohortCsv.Header + ",Email\n"));

        Assert.Equal("line 1: column email appears twice in the header (columns 4 and 19)", exception.Message);
    }

    [Fact]
    public void Read_SemicolonSeparatedFile_SaysSoInOneLine()
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(CohortCsv.Header.Replace(',', ';') + "\n"));

        Assert.StartsWith("line 1: the columns are separated by semicolons", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryData_ThrowsNotCsvTextWithLine()
    {
        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(CohortCsv.Of(CohortRow.Mentee("S001")) + "PK\u0003\u0004\0\0"));

        Assert.StartsWith("line 3: the file contains binary data", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_ThrowsNotCsvText()
    {
        var bytes = Encoding.Unicode.GetBytes(CohortCsv.Of(CohortRow.Mentee("S001")));
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

        var exception = Assert.Throws<CohortFileException>(() => CohortReader.Read(reader, SchemeDefaults.Settings));

        Assert.StartsWith("line 1: the file contains binary data", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1Text_ThrowsNotUtf8WithLine()
    {
        var text = CohortCsv.Of(CohortRow.Mentee("S001").With(CohortColumn.FirstName, "Zoe"), CohortRow.Mentee("S002").With(CohortColumn.FirstName, "Anaïs"));
        using var reader = new StreamReader(new MemoryStream(Encoding.Latin1.GetBytes(text)), new UTF8Encoding(false));

        var exception = Assert.Throws<CohortFileException>(() => CohortReader.Read(reader, SchemeDefaults.Settings));

        Assert.Equal("line 3: the file is not UTF-8 text (save it as \"CSV UTF-8\" and try again)", exception.Message);
    }

    [Fact]
    public void Read_UnknownColumns_WarnsOnHeaderLineAndReadsRows()
    {
        var text = CohortCsv.Header + ",favourite_colour,,Notes\n" + CohortRow.Mentee("S001").ToCsvLine() + ",blue,,x\n";

        var result = CohortCsv.Read(text);

        Assert.True(result.IsValid);
        Assert.Equal(
            ["line 1, column favourite_colour: unknown column; its values are ignored", "line 1, column Notes: unknown column; its values are ignored", "line 1, column 20: this column has no name in the header; its values are ignored"],
            result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Read_OptionalColumnsLeftOut_ReadsThemAsBlank()
    {
        const string text = "student_id,first_name,last_name,email,role,school,date_of_birth,at_risk,conflicts\nS001,Zoë,O'Connor,s001@example.ac.uk,mentee,Law,2006-05-17,,\n";

        var result = CohortCsv.Read(text);

        var participant = Assert.Single(result.Participants);
        Assert.Equal((string.Empty, null, null), (participant.Course, participant.Gender, participant.GenderPreference));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_MentorsWithoutClearanceColumns_WarnsThatNoneIsCleared()
    {
        const string text = "student_id,first_name,last_name,email,role,school,date_of_birth,at_risk,conflicts\nM001,Zoë,O'Connor,m001@example.ac.uk,mentor,Law,,,\n";

        var result = CohortCsv.Read(text);

        Assert.True(result.IsValid);
        Assert.Equal(["training_completed", "contract_signed", "right_to_work_checked"], result.Warnings.Select(w => w.Column));
        Assert.All(result.Warnings, w => Assert.Contains("no mentor in this file counts as cleared", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnclosedQuoteInLongFile_ThrowsAtItsLine()
    {
        var row = CohortRow.Mentee("S001").ToCsvLine();
        var text = CohortCsv.Header + "\n\"" + row + "\n" + string.Concat(Enumerable.Repeat(row + "\n", 12_000));

        var exception = Assert.Throws<CohortFileException>(() => CohortCsv.Read(text));

        Assert.StartsWith("line 2: a row is longer than 1024 KB", exception.Message, StringComparison.Ordinal);
    }
}
