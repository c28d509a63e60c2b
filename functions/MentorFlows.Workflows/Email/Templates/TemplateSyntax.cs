namespace MentorFlows.Workflows.Email.Templates;

/// <summary>How a template's values are written out.</summary>
public enum TemplateSyntax
{
    /// <summary>Plain text (subject, text body): control characters in values, line breaks included, become spaces.</summary>
    Text,

    /// <summary>
    /// HTML: every value is HTML-encoded, and may stand only in text or inside a quoted attribute value; at the start of
    /// a URL attribute (href, src...) it must be an absolute http(s) or mailto URL.
    /// </summary>
    Html,
}
