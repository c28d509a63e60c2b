namespace MentorFlows.Workflows.Email;

/// <summary>What <see cref="IMailer.SendAsync"/> did.</summary>
public enum MailSendOutcome
{
    /// <summary>The message was handed over for delivery now.</summary>
    Sent,

    /// <summary>A message with the same id was sent before; nothing was sent this time.</summary>
    AlreadySent,
}
