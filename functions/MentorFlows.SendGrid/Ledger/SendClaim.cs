namespace MentorFlows.SendGrid.Ledger;

/// <summary>
/// The result of <see cref="ISentMailLedger.ClaimAsync"/>. <see cref="Attempt"/> (1-based) numbers granted claims of
/// one id; <see cref="HeldUntilUtc"/> is set for <see cref="SendClaimStatus.HeldByAnotherSend"/>.
/// </summary>
public sealed record SendClaim(SendClaimStatus Status, int Attempt, bool AfterUnconfirmedAttempt, DateTime? HeldUntilUtc)
{
    public static SendClaim Granted(int attempt, bool afterUnconfirmedAttempt) => new(SendClaimStatus.Granted, attempt, afterUnconfirmedAttempt, null);

    public static SendClaim AlreadySent() => new(SendClaimStatus.AlreadySent, 0, false, null);

    public static SendClaim Held(DateTime untilUtc) => new(SendClaimStatus.HeldByAnotherSend, 0, false, untilUtc);
}
