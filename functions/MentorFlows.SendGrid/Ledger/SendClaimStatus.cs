namespace MentorFlows.SendGrid.Ledger;

/// <summary>The answer to <see cref="ISentMailLedger.ClaimAsync"/>.</summary>
public enum SendClaimStatus
{
    /// <summary>The caller may send now; it must then record the send or release the claim.</summary>
    Granted,

    /// <summary>The id was sent before: do not send.</summary>
    AlreadySent,

    /// <summary>Another send of the id is under way (its lease has not run out): do not send now, try later.</summary>
    HeldByAnotherSend,
}
