using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class MalformedFieldLocatorTests
{
    [Theory]
    [InlineData("a,b\"c,d", 1)]
    [InlineData("a,\"b\"c,d", 1)]
    [InlineData("a,\"b,\"\"c\",d\"x", 2)]
    [InlineData("a,b,\"never closed", 2)]
    [InlineData(" \"ok\" ,\"x\"y", 1)]
    [InlineData("a,\"fine, really\",c", -1)]
    [InlineData("", -1)]
    public void FindField_FirstFieldWithBrokenQuoting_IsFound(string raw, int expected)
    {
        Assert.Equal(expected, MalformedFieldLocator.FindField(raw));
    }
}
