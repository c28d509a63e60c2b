using MentorFlows.SendGrid.Ledger;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Stores;
using MentorFlows.TableStorage.Tests.Support;
using static MentorFlows.TableStorage.Tests.Support.Samples;

namespace MentorFlows.TableStorage.Tests.Stores;

public sealed class TableSentMailLedgerTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly InMemoryTable _table = new();
    private readonly TableSentMailLedger _ledger;
    private readonly InMemorySentMailLedger _reference = new();

    public TableSentMailLedgerTests() => _ledger = new TableSentMailLedger(_table, Year);

    [Fact]
    public async Task EveryCall_InTheSameOrder_AnswersAsTheInMemoryLedger()
    {
        var script = new Func<ISentMailLedger, Task<object?>>[]
        {
            async l => await l.ClaimAsync("e/1", At, Lease, None),
            async l => await l.ClaimAsync("e/1", At.AddMinutes(5), Lease, None),
            async l => await l.ClaimAsync("e/1", At.AddMinutes(11), Lease, None),
            async l => { await l.ReleaseAsync("e/1", 1, SendAttemptEnd.NotDelivered, None); return null; },
            async l => { await l.ReleaseAsync("e/1", 2, SendAttemptEnd.Unknown, None); return null; },
            async l => await l.ClaimAsync("e/1", At.AddMinutes(12), Lease, None),
            async l => { await l.RecordSentAsync(new SentMailReceipt("e/1", "sg-1", At.AddMinutes(12)), None); return null; },
            async l => await l.ClaimAsync("e/1", At.AddDays(1), Lease, None),
            async l => { await l.RecordSentAsync(new SentMailReceipt("e/2", null, At), None); return null; },
            async l => { await l.RecordSentAsync(new SentMailReceipt("e/2", "later", At.AddDays(1)), None); return null; },
            async l => await l.ClaimAsync("e/2", At, Lease, None),
            async l => { await l.ReleaseAsync("e/3", 1, SendAttemptEnd.Unknown, None); return null; },
            async l => await l.ClaimAsync("e/3", At, Lease, None),
        };

        foreach (var step in script)
        {
            Assert.Equal(await step(_reference), await step(_ledger));
        }
    }

    [Fact]
    public async Task ClaimAsync_TwoSendersAtOnce_OnlyOneIsGranted()
    {
        SendClaim? other = null;
        _table.BeforeSubmit = async _ =>
        {
            other ??= await new TableSentMailLedger(new RawAccess(_table), Year).ClaimAsync("e1", At, Lease, None);
        };

        var mine = await _ledger.ClaimAsync("e1", At, Lease, None);

        Assert.Equal(SendClaimStatus.Granted, other!.Status);
        Assert.Equal(SendClaimStatus.HeldByAnotherSend, mine.Status);
    }
}
