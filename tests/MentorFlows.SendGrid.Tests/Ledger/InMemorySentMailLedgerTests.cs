using MentorFlows.SendGrid.Ledger;

namespace MentorFlows.SendGrid.Tests.Ledger;

public sealed class InMemorySentMailLedgerTests
{
    private static readonly DateTime Now = new(2025, 10, 6, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private readonly InMemorySentMailLedger _ledger = new();

    private Task<SendClaim> Claim(DateTime at) => _ledger.ClaimAsync("e-1", at, Lease, CancellationToken.None);

    [Fact]
    public async Task Claim_NewId_IsGrantedAsFirstAttempt()
    {
        Assert.Equal(SendClaim.Granted(1, afterUnconfirmedAttempt: false), await Claim(Now));
    }

    [Fact]
    public async Task Claim_WhileAnotherClaimHolds_IsTurnedAwayUntilItsLeaseEnds()
    {
        await Claim(Now);

        Assert.Equal(SendClaim.Held(Now + Lease), await Claim(Now + Lease - TimeSpan.FromTicks(1)));
    }

    [Fact]
    public async Task Claim_AfterALeaseRanOut_IsGrantedAndFlaggedAsAfterAnUnconfirmedAttempt()
    {
        await Claim(Now);

        Assert.Equal(SendClaim.Granted(2, afterUnconfirmedAttempt: true), await Claim(Now + Lease));
    }

    [Fact]
    public async Task Claim_AfterSent_IsAlreadySent()
    {
        await Claim(Now);
        await _ledger.RecordSentAsync(new SentMailReceipt("e-1", "sg-1", Now), CancellationToken.None);

        Assert.Equal(SendClaimStatus.AlreadySent, (await Claim(Now + TimeSpan.FromDays(1))).Status);
        Assert.Equal(new SentMailReceipt("e-1", "sg-1", Now), _ledger.FindSent("e-1"));
    }

    [Fact]
    public async Task Claim_AfterReleaseAsNotDelivered_IsGrantedAtOnceWithoutTheFlag()
    {
        await Claim(Now);
        await _ledger.ReleaseAsync("e-1", 1, SendAttemptEnd.NotDelivered, CancellationToken.None);

        Assert.Equal(SendClaim.Granted(2, afterUnconfirmedAttempt: false), await Claim(Now));
    }

    [Fact]
    public async Task Claim_AfterReleaseAsUnknown_KeepsTheFlagForEveryLaterClaim()
    {
        await Claim(Now);
        await _ledger.ReleaseAsync("e-1", 1, SendAttemptEnd.Unknown, CancellationToken.None);
        await Claim(Now);
        await _ledger.ReleaseAsync("e-1", 2, SendAttemptEnd.NotDelivered, CancellationToken.None);

        Assert.Equal(SendClaim.Granted(3, afterUnconfirmedAttempt: true), await Claim(Now));
    }

    [Fact]
    public async Task Release_OfAnEarlierClaim_DoesNotEndTheCurrentOne()
    {
        await Claim(Now);
        await Claim(Now + Lease);
        await _ledger.ReleaseAsync("e-1", 1, SendAttemptEnd.NotDelivered, CancellationToken.None);

        Assert.Equal(SendClaimStatus.HeldByAnotherSend, (await Claim(Now + Lease)).Status);
    }

    [Fact]
    public async Task RecordSent_Twice_KeepsTheFirstReceipt()
    {
        await _ledger.RecordSentAsync(new SentMailReceipt("e-1", "sg-1", Now), CancellationToken.None);
        await _ledger.RecordSentAsync(new SentMailReceipt("e-1", "sg-2", Now.AddMinutes(1)), CancellationToken.None);

        Assert.Equal("sg-1", _ledger.FindSent("e-1")!.ProviderMessageId);
        Assert.Single(_ledger.Sent());
    }

    [Fact]
    public async Task Claim_ManyConcurrentClaimsOfOneId_GrantsExactlyOne()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => Claim(Now))));

        Assert.Single(claims, claim => claim.Status == SendClaimStatus.Granted);
    }
}
