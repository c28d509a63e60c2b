using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class CohortProblemTests
{
    [Fact]
    public void ToString_IsLineColumnAndMessage()
    {
        Assert.Equal("line 12, column email: is not an email address", new CohortProblem(12, "email", "is not an email address").ToString());
    }
}
