using FsCheck;
using FsCheck.Fluent;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Mapping;

namespace MentorFlows.TableStorage.Tests.Mapping;

public sealed class StringColumnsTests
{
    [Fact]
    public void SplitJoin_AnyLength_RoundTripsWithEveryPartUnderTheLimit()
    {
        var lengths = Gen.Choose(0, 200_000);
        Prop.ForAll(Arb.From(lengths), length =>
        {
            var text = string.Concat(Enumerable.Repeat("ab😀", (length / 4) + 1))[..length];
            var parts = StringColumns.Split("Data", text);
            var properties = parts.ToDictionary(p => p.Column, p => (object)p.Text);
            return StringColumns.Join(properties, "Data") == text
                && parts.All(p => p.Text.Length <= TableLimits.MaxStringPropertyLength)
                && (parts.Count == 1) == (length <= StringColumns.ChunkLength);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Split_SurrogatePairAtACut_IsNeverCut()
    {
        var text = new string('a', StringColumns.ChunkLength - 1) + "😀" + "b";

        var parts = StringColumns.Split("Data", text);

        Assert.All(parts.Where(p => p.Column != "Data_Parts"), p => Assert.False(char.IsHighSurrogate(p.Text[^1])));
        Assert.Equal(text, StringColumns.Join(parts.ToDictionary(p => p.Column, p => (object)p.Text), "Data"));
    }

    [Fact]
    public void Join_MissingPart_IsReportedByName()
    {
        var parts = StringColumns.Split("Data", new string('x', 70_000)).Where(p => p.Column != "Data_1").ToDictionary(p => p.Column, p => (object)p.Text);

        var ex = Assert.Throws<TableDataException>(() => StringColumns.Join(parts, "Data"));

        Assert.Contains("Data_1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EntityOverOneMebibyte_IsRefused()
    {
        Assert.Throws<TableDataException>(() => new PropertyBag().SetLong("Text", new string('x', 600_000)).Build());
    }
}
