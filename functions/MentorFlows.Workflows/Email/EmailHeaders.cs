namespace MentorFlows.Workflows.Email;

/// <summary>Header names and values the scheme sets (RFC 8058 one-click unsubscribe).</summary>
public static class EmailHeaders
{
    public const string ListUnsubscribe = "List-Unsubscribe";

    public const string ListUnsubscribePost = "List-Unsubscribe-Post";

    /// <summary>The only value RFC 8058 allows: the mail client POSTs this body to the List-Unsubscribe URL.</summary>
    public const string OneClick = "List-Unsubscribe=One-Click";
}
