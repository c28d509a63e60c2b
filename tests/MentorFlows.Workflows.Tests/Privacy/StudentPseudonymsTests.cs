using MentorFlows.Workflows.Privacy;

namespace MentorFlows.Workflows.Tests.Privacy;

public sealed class StudentPseudonymsTests
{
    private static readonly StudentPseudonyms Pseudonyms = new(new byte[32]);

    [Fact]
    public void Of_SameStudent_SameNameThatDoesNotShowTheId()
    {
        Assert.Equal(Pseudonyms.Of("S1234"), Pseudonyms.Of("S1234"));
        Assert.DoesNotContain("S1234", Pseudonyms.Of("S1234"), StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[0-9a-f]{32}$", Pseudonyms.Of("S1234"));
    }

    [Fact]
    public void Names_DifferByKeyAndByUse()
    {
        var other = new StudentPseudonyms(Enumerable.Repeat((byte)1, 32).ToArray());
        Assert.NotEqual(Pseudonyms.Of("S1"), other.Of("S1"));
        Assert.NotEqual(Pseudonyms.Of("S1"), Pseudonyms.ReceiptId("S1")[3..]);
        Assert.NotEqual(Pseudonyms.MatchId("S1", "M1"), Pseudonyms.MatchId("M1", "S1"));
    }

    [Fact]
    public void Constructor_ShortKey_Throws() => Assert.Throws<ArgumentException>(() => new StudentPseudonyms(new byte[16]));
}
