namespace MentorFlows.SendGrid.Api;

/// <summary>
/// The v3 mail-send limits (azure-api-reference.md section 6). A request over any of them is refused here, before it
/// is sent, with the email ids involved; batching splits requests to stay inside them.
/// </summary>
public static class SendGridLimits
{
    /// <summary>At most this many personalizations in one request (inclusive).</summary>
    public const int MaxPersonalizations = 1000;

    /// <summary>At most this many recipients (to + cc + bcc over all personalizations) in one request (inclusive).</summary>
    public const int MaxRecipients = 1000;

    /// <summary>
    /// The request body must be smaller than this many bytes (exclusive). SendGrid says "less than 30 MB"; the decimal
    /// reading is the stricter one, so it is used.
    /// </summary>
    public const int MaxRequestBytes = 30_000_000;

    /// <summary>custom_args must be smaller than this many bytes (exclusive), in one personalization.</summary>
    public const int MaxCustomArgsBytes = 10_000;
}
