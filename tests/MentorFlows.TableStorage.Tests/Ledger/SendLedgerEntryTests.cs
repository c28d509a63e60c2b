using MentorFlows.SendGrid.Ledger;
using MentorFlows.TableStorage.Ledger;

namespace MentorFlows.TableStorage.Tests.Ledger;

public sealed class SendLedgerEntryTests
{
    private static readonly DateTime Now = new(2025, 10, 6, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [Fact]
    public void Claim_AfterALeaseRanOut_IsGrantedAsAfterAnUnconfirmedAttempt()
    {
        var (_, first) = SendLedgerEntry.Claim(null, Now, Lease);

        var (claim, next) = SendLedgerEntry.Claim(first, Now + Lease, Lease);

        Assert.Equal(SendClaim.Granted(2, afterUnconfirmedAttempt: true), claim);
        Assert.Equal(new SendLedgerEntry(2, Now + Lease + Lease, true, null), next);
    }

    [Fact]
    public void Claim_WhileLeased_IsHeldAndChangesNothing()
    {
        var (_, first) = SendLedgerEntry.Claim(null, Now, Lease);

        Assert.Equal((SendClaim.Held(Now + Lease), (SendLedgerEntry?)null), SendLedgerEntry.Claim(first, Now.AddMinutes(9), Lease));
    }

    [Fact]
    public void Release_Stale_ChangesNothing()
    {
        var (_, first) = SendLedgerEntry.Claim(null, Now, Lease);
        var (_, second) = SendLedgerEntry.Claim(first, Now + Lease, Lease);

        Assert.Null(SendLedgerEntry.Release(second, 1, SendAttemptEnd.NotDelivered));
        Assert.Equal(second! with { LeaseUntilUtc = null }, SendLedgerEntry.Release(second, 2, SendAttemptEnd.NotDelivered));
    }
}
