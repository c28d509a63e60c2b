using MentorFlows.Runtime.Tests.Support;
using MentorFlows.SendGrid.Ledger;
using static MentorFlows.Runtime.Tests.SchemeData.Contract.StoreSamples;

namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

/// <summary>The SendGrid send ledger's contract (claim, lease, record, release), lifted from the SendGrid adapter's tests.</summary>
public abstract partial class SchemeStoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [StoreFact]
    public async Task MailLedger_ClaimNewId_IsGrantedAsFirstAttempt()
    {
        Assert.Equal(SendClaim.Granted(1, afterUnconfirmedAttempt: false), await Claim(At));
    }

    [StoreFact]
    public async Task MailLedger_ClaimWhileAnotherClaimHolds_IsTurnedAwayUntilItsLeaseEnds()
    {
        await Claim(At);

        Assert.Equal(SendClaim.Held(At + Lease), await Claim(At + Lease - TimeSpan.FromMilliseconds(1)));
    }

    [StoreFact]
    public async Task MailLedger_ClaimAfterALeaseRanOut_IsGrantedAndFlaggedAsAfterAnUnconfirmedAttempt()
    {
        await Claim(At);

        Assert.Equal(SendClaim.Granted(2, afterUnconfirmedAttempt: true), await Claim(At + Lease));
    }

    [StoreFact]
    public async Task MailLedger_ClaimAfterSent_IsAlreadySent()
    {
        await Claim(At);
        await Stores.MailLedger.RecordSentAsync(new SentMailReceipt("e-1", "sg-1", At), None);

        Assert.Equal(SendClaimStatus.AlreadySent, (await Claim(At + TimeSpan.FromDays(1))).Status);
        Assert.Equal(new SentMailReceipt("e-1", "sg-1", At), await Stores.FindSent("e-1"));
    }

    [StoreFact]
    public async Task MailLedger_ClaimAfterReleaseAsNotDelivered_IsGrantedAtOnceWithoutTheFlag()
    {
        await Claim(At);
        await Stores.MailLedger.ReleaseAsync("e-1", 1, SendAttemptEnd.NotDelivered, None);

        Assert.Equal(SendClaim.Granted(2, afterUnconfirmedAttempt: false), await Claim(At));
    }

    [StoreFact]
    public async Task MailLedger_ClaimAfterReleaseAsUnknown_KeepsTheFlagForEveryLaterClaim()
    {
        await Claim(At);
        await Stores.MailLedger.ReleaseAsync("e-1", 1, SendAttemptEnd.Unknown, None);
        await Claim(At);
        await Stores.MailLedger.ReleaseAsync("e-1", 2, SendAttemptEnd.NotDelivered, None);

        Assert.Equal(SendClaim.Granted(3, afterUnconfirmedAttempt: true), await Claim(At));
    }

    [StoreFact]
    public async Task MailLedger_ReleaseOfAnEarlierClaim_DoesNotEndTheCurrentOne()
    {
        await Claim(At);
        await Claim(At + Lease);
        await Stores.MailLedger.ReleaseAsync("e-1", 1, SendAttemptEnd.NotDelivered, None);

        Assert.Equal(SendClaimStatus.HeldByAnotherSend, (await Claim(At + Lease)).Status);
    }

    [StoreFact]
    public async Task MailLedger_RecordSentTwice_KeepsTheFirstReceipt()
    {
        await Stores.MailLedger.RecordSentAsync(new SentMailReceipt("e-1", "sg-1", At), None);
        await Stores.MailLedger.RecordSentAsync(new SentMailReceipt("e-1", "sg-2", At.AddMinutes(1)), None);

        Assert.Equal(new SentMailReceipt("e-1", "sg-1", At), await Stores.FindSent("e-1"));
        Assert.Null(await Stores.FindSent("e-2"));
    }

    [StoreFact]
    public async Task MailLedger_ManyConcurrentClaimsOfOneId_GrantsExactlyOne()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Claim(At))));

        Assert.Single(claims, claim => claim.Status == SendClaimStatus.Granted);
        Assert.All(claims.Where(c => c.Status != SendClaimStatus.Granted), c => Assert.Equal(SendClaim.Held(At + Lease), c));
    }

    private Task<SendClaim> Claim(DateTime at) => Stores.MailLedger.ClaimAsync("e-1", at, Lease, None);
}
