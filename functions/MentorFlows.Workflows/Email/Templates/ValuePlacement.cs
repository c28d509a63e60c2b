namespace MentorFlows.Workflows.Email.Templates;

/// <summary>Where a value stands in its template, which decides how it is checked and encoded.</summary>
internal enum ValuePlacement
{
    /// <summary>A text template: control characters become spaces.</summary>
    PlainText,

    /// <summary>HTML text content: HTML-encoded.</summary>
    HtmlText,

    /// <summary>Inside a quoted HTML attribute value: HTML-encoded.</summary>
    HtmlAttribute,

    /// <summary>The start of a quoted URL attribute (href, src...): must be an absolute http(s) or mailto URL, then HTML-encoded.</summary>
    HtmlUrlAttribute,
}
