using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlows.Domain.Concerns;

namespace MentorFlows.Domain.Tests.Concerns;

public sealed class ConcernWireNameTests
{
    [Fact]
    public void ConcernCategory_WireNames_AreTheDesignList()
    {
        Assert.Equal(
            ["harassment", "safeguarding", "inappropriate-behaviour", "boundaries", "relationship", "data-protection", "other"],
            WireName.All<ConcernCategory>());
    }

    [Fact]
    public void ConcernOutcome_WireNames_AreTheDesignList()
    {
        Assert.Equal(["noAction", "adviceGiven", "matchPaused", "matchDissolved", "memberRemoved"], WireName.All<ConcernOutcome>());
    }

    [Fact]
    public void TryParse_WireName_ReturnsMember()
    {
        Assert.True(WireName.TryParse<ConcernCategory>("data-protection", out var category));
        Assert.Equal(ConcernCategory.DataProtection, category);
        Assert.False(WireName.TryParse<ConcernCategory>("DataProtection", out _));
        Assert.False(WireName.TryParse<ConcernOutcome>("dissolved", out _));
    }

    [Fact]
    public void Json_StringEnumConverter_UsesWireNames()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };

        Assert.Equal("\"inappropriate-behaviour\"", JsonSerializer.Serialize(ConcernCategory.InappropriateBehaviour, options));
        Assert.Equal(ConcernOutcome.MatchDissolved, JsonSerializer.Deserialize<ConcernOutcome>("\"matchDissolved\"", options));
    }
}
