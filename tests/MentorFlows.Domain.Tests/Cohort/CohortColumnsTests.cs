using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class CohortColumnsTests
{
    [Theory]
    [InlineData("student_id", CohortColumn.StudentId)]
    [InlineData(" Student ID ", CohortColumn.StudentId)]
    [InlineData("\uFEFFstudent_id", CohortColumn.StudentId)]
    [InlineData("DATE-OF-BIRTH", CohortColumn.DateOfBirth)]
    [InlineData("Can Mentor Under 18", CohortColumn.CanMentorUnder18)]
    public void TryParse_HeaderCellInAnyCaseOrSpacing_FindsTheColumn(string cell, CohortColumn expected)
    {
        Assert.True(CohortColumns.TryParse(cell, out var column));
        Assert.Equal(expected, column);
    }

    [Theory]
    [InlineData("studentid")]
    [InlineData("e-mail address")]
    [InlineData("")]
    public void TryParse_OtherNames_FindsNothing(string cell)
    {
        Assert.False(CohortColumns.TryParse(cell, out _));
    }

    [Fact]
    public void NameOf_EveryColumn_RoundTripsThroughTryParse()
    {
        Assert.All(CohortColumns.All, c => Assert.True(CohortColumns.TryParse(CohortColumns.NameOf(c), out var parsed) && parsed == c));
        Assert.Equal(18, CohortColumns.All.Count);
    }
}
