using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Csv;

namespace MentorFlows.Domain.Tests.Csv;

public sealed class SpreadsheetSafeTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("O'Connor", "O'Connor")]
    [InlineData("a=1", "a=1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_FormulaStart_GetsLeadingQuote(string? value, string expected)
    {
        Assert.Equal(expected, SpreadsheetSafe.Escape(value));
    }

    [Fact]
    public void Escape_AnyText_NeverStartsLikeAFormulaAndKeepsTheText()
    {
        Prop.ForAll<string>(value =>
        {
            var escaped = SpreadsheetSafe.Escape(value);
            var original = value ?? string.Empty;
            return !SpreadsheetSafe.StartsLikeFormula(escaped)
                && (escaped == original || escaped == SpreadsheetSafe.EscapePrefix + original);
        }).QuickCheckThrowOnFailure();
    }
}
