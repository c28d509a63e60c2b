using FsCheck;
using FsCheck.Fluent;
using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.TableStorage.Tests.Gateway;

public sealed class TableBatchesTests
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private static readonly Gen<List<TableWrite>> Writes =
        from count in Gen.Choose(0, 450)
        from keys in Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(0, 150)), count)
        select keys.Select(key => TableWrite.Upsert(new TableRow("p" + key.Item1, "r" + key.Item2, NoProperties))).ToList();

    [Fact]
    public void Split_AnyWrites_GivesTransactionsAzureAcceptsAndKeepsEachPartitionsOrder()
    {
        Prop.ForAll(Arb.From(Writes), writes =>
        {
            var transactions = TableBatches.Split(writes);
            var valid = transactions.All(t => t.Count is > 0 and <= TableLimits.MaxWritesPerTransaction
                && t.Select(w => w.PartitionKey).Distinct().Count() == 1
                && t.Select(w => w.RowKey).Distinct().Count() == t.Count);
            var orderKept = writes.GroupBy(w => w.PartitionKey).All(partition =>
                partition.SequenceEqual(transactions.Where(t => t[0].PartitionKey == partition.Key).SelectMany(t => t)));
            return valid && orderKept && transactions.Sum(t => t.Count) == writes.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Split_250WritesToOnePartition_IsThreeTransactions()
    {
        var writes = Enumerable.Range(0, 250).Select(i => TableWrite.Upsert(new TableRow("p", "r" + i, NoProperties)));

        Assert.Equal([100, 100, 50], TableBatches.Split(writes).Select(t => t.Count));
    }

    [Fact]
    public void Split_LargeRows_StaysUnderThePayloadLimit()
    {
        var big = new Dictionary<string, object> { ["Data"] = new string('x', 30_000), ["Data_1"] = new string('y', 30_000) };
        var writes = Enumerable.Range(0, 60).Select(i => TableWrite.Upsert(new TableRow("p", "r" + i, big))).ToList();

        var transactions = TableBatches.Split(writes);

        Assert.True(transactions.Count > 1);
        Assert.All(transactions, t => Assert.True(t.Sum(TableBatches.EstimatedChars) <= TableLimits.MaxTransactionChars));
    }

    [Fact]
    public void SplitUnits_Units_AreNeverCutAcrossTransactions()
    {
        var units = Enumerable.Range(0, 40).Select(i => (IReadOnlyList<TableWrite>)
        [
            TableWrite.Insert(new TableRow("p", "m!" + i, NoProperties)),
            TableWrite.Insert(new TableRow("p", "t!" + i, NoProperties)),
            TableWrite.Insert(new TableRow("p", "e!" + i, NoProperties)),
        ]).ToList();

        var transactions = TableBatches.SplitUnits(units);

        Assert.Equal([99, 21], transactions.Select(t => t.Count));
        Assert.All(transactions, t => Assert.Equal(0, t.Count % 3));
    }

    [Fact]
    public void SplitUnits_UnitOverTwoPartitions_IsRefused()
    {
        IReadOnlyList<TableWrite> unit = [TableWrite.Insert(new TableRow("p", "a", NoProperties)), TableWrite.Insert(new TableRow("q", "a", NoProperties))];

        Assert.Throws<ArgumentException>(() => TableBatches.SplitUnits([unit]));
    }
}
