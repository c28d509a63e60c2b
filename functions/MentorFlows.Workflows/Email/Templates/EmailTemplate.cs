namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// The templates of one email kind: <c>{kind}.txt</c>, whose first line is <c>Subject: …</c> and whose rest is the
/// text body, and <c>{kind}.html</c>, the HTML body. Both see the same model.
/// </summary>
public sealed class EmailTemplate
{
    private const string SubjectPrefix = "Subject:";

    private EmailTemplate(EmailKind kind, Template subject, Template text, Template html)
    {
        Kind = kind;
        Subject = subject;
        Text = text;
        Html = html;
    }

    public EmailKind Kind { get; }

    public Template Subject { get; }

    public Template Text { get; }

    public Template Html { get; }

    public static string TextFileName(EmailKind kind) => kind.WireName() + ".txt";

    public static string HtmlFileName(EmailKind kind) => kind.WireName() + ".html";

    /// <exception cref="TemplateException">A file is invalid or its first line is not the subject.</exception>
    public static EmailTemplate Parse(EmailKind kind, string textFile, string htmlFile)
    {
        ArgumentNullException.ThrowIfNull(textFile);
        ArgumentNullException.ThrowIfNull(htmlFile);
        var textName = TextFileName(kind);
        var lines = textFile.ReplaceLineEndings("\n").TrimStart('\uFEFF');
        var firstBreak = lines.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstBreak < 0 ? lines : lines[..firstBreak];
        if (!firstLine.StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new TemplateException(textName, 1, 1, "the first line must be the subject, e.g. 'Subject: Your monthly check-in'");
        }

        var body = firstBreak < 0 ? string.Empty : lines[(firstBreak + 1)..].TrimStart('\n');
        return new EmailTemplate(
            kind,
            Template.Parse(textName + " (subject)", TemplateSyntax.Text, firstLine[SubjectPrefix.Length..].Trim()),
            Template.Parse(textName, TemplateSyntax.Text, body),
            Template.Parse(HtmlFileName(kind), TemplateSyntax.Html, htmlFile.TrimStart('\uFEFF')));
    }

    /// <summary>Renders subject, text and HTML from one model.</summary>
    public RenderedEmail Render(TemplateModel model) =>
        new(Subject.Render(model).Trim(), Text.Render(model), Html.Render(model));
}
