namespace MentorFlows.SendGrid.Api;

/// <summary>The <c>custom_args</c> keys MentorFlows sets. Values are ids only: SendGrid shows them in its activity feed and events.</summary>
public static class SendGridCustomArgs
{
    /// <summary>
    /// The <c>EmailMessage.Id</c>. Two SendGrid events with the same value and different <c>sg_message_id</c> are the
    /// same email sent twice (the at-least-once window of <see cref="SendGridMailer"/>).
    /// </summary>
    public const string EmailId = "mentorflows_email_id";
}
