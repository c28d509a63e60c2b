using MentorFlows.TableStorage.Mapping;

namespace MentorFlows.TableStorage.Tests.Mapping;

public sealed class PropertyReaderTests
{
    [Fact]
    public void GetUtc_OffsetOrDateTimeOfAnyKind_IsTheSameUtcInstant()
    {
        var utc = new DateTime(2025, 10, 6, 9, 0, 0, DateTimeKind.Utc);
        var properties = new Dictionary<string, object>
        {
            ["Offset"] = new DateTimeOffset(2025, 10, 6, 10, 0, 0, TimeSpan.FromHours(1)),
            ["Utc"] = utc,
            ["Unspecified"] = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified),
        };

        Assert.All(["Offset", "Utc", "Unspecified"], name =>
        {
            var read = properties.GetUtc(name);
            Assert.Equal(utc, read);
            Assert.Equal(DateTimeKind.Utc, read.Kind);
        });
    }

    [Fact]
    public void GetEnum_UnknownMember_NamesThePropertyAndType()
    {
        var properties = new Dictionary<string, object> { ["Status"] = "Sleeping" };

        var ex = Assert.Throws<TableDataException>(() => properties.GetEnum<DayOfWeek>("Status"));

        Assert.Equal("Property Status does not hold a DayOfWeek.", ex.Message);
    }

    [Fact]
    public void GetInt32_Int64ThatFits_IsRead()
    {
        Assert.Equal(42, new Dictionary<string, object> { ["N"] = 42L }.GetInt32("N"));
        Assert.Throws<TableDataException>(() => new Dictionary<string, object> { ["N"] = "42" }.GetInt32("N"));
    }
}
