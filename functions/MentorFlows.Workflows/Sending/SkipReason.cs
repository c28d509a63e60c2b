namespace MentorFlows.Workflows.Sending;

/// <summary>Why an email due to go was not sent (recorded in the timeline as EmailSkipped).</summary>
public enum SkipReason
{
    /// <summary>The recipient opted out, resigned or was removed since the email was planned.</summary>
    RecipientLeft,

    /// <summary>The recipient's data is erased (or they were never enrolled).</summary>
    RecipientErased,

    /// <summary>The pair's match is paused by a concern decision.</summary>
    MatchPaused,

    /// <summary>The pair's match ended since the email was planned.</summary>
    MatchEnded,
}
