namespace MentorFlows.Workflows.Email.Templates;

/// <summary>The rendered subject and bodies of one email.</summary>
public sealed record RenderedEmail(string Subject, string TextBody, string HtmlBody);
