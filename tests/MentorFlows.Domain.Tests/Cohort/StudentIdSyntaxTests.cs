using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class StudentIdSyntaxTests
{
    [Theory]
    [InlineData("S1234567", true)]
    [InlineData("20231234", true)]
    [InlineData("ab-12_3.x", true)]
    [InlineData("", false)]
    [InlineData("-1", false)]
    [InlineData("+1", false)]
    [InlineData("=1", false)]
    [InlineData("@a", false)]
    [InlineData("a b", false)]
    [InlineData("é1", false)]
    public void IsValid_DecidesByTheDocumentedShape(string id, bool expected)
    {
        Assert.Equal(expected, StudentIdSyntax.IsValid(id));
    }

    [Fact]
    public void IsValid_NoValidIdLooksLikeASpreadsheetFormula()
    {
        Prop.ForAll<string>(id => !StudentIdSyntax.IsValid(id) || !Domain.Csv.SpreadsheetSafe.StartsLikeFormula(id))
            .QuickCheckThrowOnFailure();
    }
}
