using System.Text.Json;
using MentorFlows.Domain.Concerns;

namespace MentorFlows.Domain.Tests.Concerns;

public sealed class ConcernReferenceTests
{
    [Theory]
    [InlineData(2025, 1, "MF-2025-000001")]
    [InlineData(2025, 123, "MF-2025-000123")]
    [InlineData(2026, 999999, "MF-2026-999999")]
    [InlineData(2026, 1000000, "MF-2026-1000000")]
    public void Create_YearAndSequence_FormatsDeterministically(int year, int sequence, string expected)
    {
        Assert.Equal(expected, ConcernReference.Create(year, sequence).Value);
        Assert.Equal(ConcernReference.Create(year, sequence), ConcernReference.Create(year, sequence));
    }

    [Fact]
    public void TryParse_FormattedReference_RoundTrips()
    {
        Assert.True(ConcernReference.TryParse("MF-2025-000123", out var reference));
        Assert.Equal(ConcernReference.Create(2025, 123), reference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MF-2025-123")]
    [InlineData("mf-2025-000123")]
    [InlineData("MF-2025-000000")]
    [InlineData("MF-2025-0000123")]
    [InlineData(" MF-2025-000123")]
    [InlineData("MF-1999-000001")]
    public void TryParse_NotAReference_Fails(string? text)
    {
        Assert.False(ConcernReference.TryParse(text, out var reference));
        Assert.Null(reference);
    }

    [Fact]
    public void Create_SequenceZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcernReference.Create(2025, 0));
    }

    [Fact]
    public void Json_Reference_IsWrittenAsItsString()
    {
        var json = JsonSerializer.Serialize(ConcernReference.Create(2025, 7));

        Assert.Equal("\"MF-2025-000007\"", json);
        Assert.Equal(ConcernReference.Create(2025, 7), JsonSerializer.Deserialize<ConcernReference>(json));
    }
}
