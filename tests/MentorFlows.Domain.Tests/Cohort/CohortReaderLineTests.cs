namespace MentorFlows.Domain.Tests.Cohort;

public sealed class CohortReaderLineTests
{
    [Fact]
    public void Read_QuotedLineBreakAndBlankLines_KeepPhysicalLineNumbers()
    {
        var withLineBreak = CohortRow.Mentee("S001").ToCsvLine() + ",\"a note\r\non two lines\"";
        var text = CohortCsv.Header + ",notes\r\n" + withLineBreak + "\r\n\r\n" + CohortRow.Mentee("S002").With(Domain.Cohort.CohortColumn.Role, "tutor").ToCsvLine() + ",\r\n";

        var error = Assert.Single(CohortCsv.Read(text).Errors);

        Assert.Equal("line 5, column role: \"tutor\" is not a role; write mentee or mentor", error.ToString());
    }

    [Fact]
    public void Read_LineBreakInName_IsAnErrorOnTheRowsFirstLine()
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001"), CohortRow.Mentee("S002").With(Domain.Cohort.CohortColumn.FirstName, "Zoë\nAnne"));

        Assert.Equal("line 3, column first_name: contains a line break or another control character; keep the value on one line", error.ToString());
    }

    [Theory]
    [InlineData("Zo\"ë", "line 3, column first_name: a double quote inside a value that is not in quotes")]
    [InlineData("\"Zoë\"x", "line 3, column first_name: text follows the closing double quote of a value")]
    public void Read_BrokenQuoting_ReportsRowAndColumnAndGoesOn(string rawFirstName, string expectedStart)
    {
        var broken = CohortRow.Mentee("S002").With(Domain.Cohort.CohortColumn.FirstName, "FIRST").ToCsvLine().Replace("FIRST", rawFirstName, StringComparison.Ordinal);
        var text = CohortCsv.Header + "\n" + CohortRow.Mentee("S001").ToCsvLine() + "\n" + broken + "\n" + CohortRow.Mentee("S003").ToCsvLine() + "\n";

        var result = CohortCsv.Read(text);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith(expectedStart, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, result.RowCount);
        Assert.Equal(["S001", "S003"], result.Participants.Select(p => p.StudentId));
    }

    [Fact]
    public void Read_QuoteNeverClosed_ReportsWhereItOpens()
    {
        var broken = CohortRow.Mentee("S002").With(Domain.Cohort.CohortColumn.School, "SCHOOL").ToCsvLine().Replace("SCHOOL", "\"School of Law", StringComparison.Ordinal);
        var text = CohortCsv.Header + "\n" + CohortRow.Mentee("S001").ToCsvLine() + "\n" + broken + "\n" + CohortRow.Mentee("S003").ToCsvLine() + "\n";

        var error = Assert.Single(CohortCsv.Read(text).Errors);

        Assert.Equal("line 3, column school: a double quote opens a value but never closes it, so the rest of the file could not be read", error.ToString());
    }

    [Fact]
    public void Read_RowWithTooFewValues_ReportsOneErrorWhereItEnds()
    {
        var text = CohortCsv.Header + "\nS001,Zoë,O'Connor,s001@example.ac.uk,mentee\n";

        var error = Assert.Single(CohortCsv.Read(text).Errors);

        Assert.Equal("line 2, column school: the row ends here: it has 5 values but the header has 18 columns (a comma may be missing)", error.ToString());
    }

    [Fact]
    public void Read_UnquotedCommaShiftingValues_ReportsValueBeyondHeader()
    {
        var row = CohortRow.Mentee("S001").With(Domain.Cohort.CohortColumn.Conflicts, "M001").ToCsvLine();
        var text = CohortCsv.Header + "\n" + row.Replace("LLB Law", "Law, with French", StringComparison.Ordinal) + "\n";

        var error = Assert.Single(CohortCsv.Read(text).Errors);

        Assert.Equal("line 2, column 19: the row has a value beyond the header's 18 columns; a value with a comma in it must be in double quotes", error.ToString());
    }

    [Fact]
    public void Read_UnquotedCommaShiftingIntoBlankFields_WarnsBesideTheShiftedValueErrors()
    {
        var text = CohortCsv.Header + "\n" + CohortRow.Mentee("S001").ToCsvLine().Replace("LLB Law", "Law, with French", StringComparison.Ordinal) + "\n";

        var result = CohortCsv.Read(text);

        Assert.Equal("line 2, column date_of_birth: is not a date in the form YYYY-MM-DD, such as 2007-03-14", Assert.Single(result.Errors).ToString());
        Assert.Contains(result.Warnings, w => w.ToString().StartsWith("line 2, column 19: the row has 19 fields but the header 18", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TrailingEmptyFields_AreAccepted()
    {
        var result = CohortCsv.Read(CohortCsv.Header + ",,\n" + CohortRow.Mentee("S001").ToCsvLine() + ",,\n");

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }
}
