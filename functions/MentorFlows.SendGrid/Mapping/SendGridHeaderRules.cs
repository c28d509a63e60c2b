namespace MentorFlows.SendGrid.Mapping;

/// <summary>
/// Which custom headers SendGrid takes. It refuses to overwrite the headers it sets itself (the reserved list in its v3
/// mail-send reference); the addressing ones are set through from/reply_to/personalizations instead.
/// </summary>
internal static class SendGridHeaderRules
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "x-sg-id", "x-sg-eid", "received", "dkim-signature", "content-type", "content-transfer-encoding",
        "to", "from", "subject", "reply-to", "cc", "bcc",
    };

    /// <summary>Why the header cannot be sent, or null when it can. Names the header, never quotes its value.</summary>
    public static string? Problem(string name, string value)
    {
        if (name.Length == 0 || name.Any(c => c is <= ' ' or > '~' or ':'))
        {
            return "a header name is empty or has a character outside printable ASCII (RFC 5322 field name)";
        }

        if (Reserved.Contains(name))
        {
            return $"header '{name}' is reserved by SendGrid (addresses and subject go in their own fields)";
        }

        return value.Any(c => char.IsControl(c) && c != '\t')
            ? $"the value of header '{name}' has a line break or control character"
            : null;
    }
}
