namespace MentorFlows.SendGrid.Ledger;

/// <summary>An email id SendGrid accepted, when (UTC), and its <c>X-Message-Id</c> (null if SendGrid gave none). No personal data.</summary>
public sealed record SentMailReceipt(string EmailId, string? ProviderMessageId, DateTime AcceptedAtUtc);
