using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Tests.Gateway;

public sealed class TableFilterTests
{
    [Fact]
    public void ToOData_PartitionRangeAndConditions_JoinsThemWithAnd()
    {
        var query = TableQuery.Prefix("2025", "m").Where("IsCurrent", TableComparison.Equal, true).Where("Status", TableComparison.NotEqual, "Ended").Where("Round", TableComparison.Equal, 3);

        Assert.Equal(
            "PartitionKey eq '2025' and RowKey ge 'm!' and RowKey lt 'm\"' and IsCurrent eq true and Status ne 'Ended' and Round eq 3",
            TableFilter.ToOData(query));
    }

    [Fact]
    public void ToOData_QuoteInAConstant_IsDoubled()
    {
        Assert.Equal("PartitionKey eq 'it''s'", TableFilter.ToOData(TableQuery.Partition("it's")));
    }

    [Fact]
    public void ToOData_EmptyQuery_IsNoFilter()
    {
        Assert.Null(TableFilter.ToOData(new TableQuery()));
    }

    [Fact]
    public void ToOData_ConditionOnAnUnsafeName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.ToOData(new TableQuery().Where("a eq 1 or b", TableComparison.Equal, 1)));
        Assert.Throws<ArgumentException>(() => TableFilter.ToOData(new TableQuery().Where("Name", TableComparison.Equal, 1.5)));
    }

    [Fact]
    public void Select_SomeProperties_AlwaysAsksForTheKeys()
    {
        Assert.Null(TableFilter.Select(new TableQuery()));
        Assert.Equal(["PartitionKey", "RowKey"], TableFilter.Select(new TableQuery().Selecting()));
        Assert.Equal(["PartitionKey", "RowKey", "Kind"], TableFilter.Select(new TableQuery().Selecting("Kind", "RowKey")));
    }
}
