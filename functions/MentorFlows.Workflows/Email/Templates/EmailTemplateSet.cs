namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// The parsed templates of every <see cref="EmailKind"/>, loaded once from a <see cref="ITemplateSource"/>. Loading
/// fails at once, naming the file, if any kind's file is missing or does not parse, so a scheme's edited template is
/// caught when the host starts rather than on the day the email is due.
/// </summary>
public sealed class EmailTemplateSet
{
    private readonly IReadOnlyDictionary<EmailKind, EmailTemplate> _templates;

    private EmailTemplateSet(IReadOnlyDictionary<EmailKind, EmailTemplate> templates) => _templates = templates;

    public static async Task<EmailTemplateSet> LoadAsync(ITemplateSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var templates = new Dictionary<EmailKind, EmailTemplate>();
        foreach (var kind in Enum.GetValues<EmailKind>())
        {
            var text = await Require(source, EmailTemplate.TextFileName(kind), cancellationToken).ConfigureAwait(false);
            var html = await Require(source, EmailTemplate.HtmlFileName(kind), cancellationToken).ConfigureAwait(false);
            templates[kind] = EmailTemplate.Parse(kind, text, html);
        }

        return new EmailTemplateSet(templates);
    }

    public EmailTemplate For(EmailKind kind) => _templates[kind];

    private static async Task<string> Require(ITemplateSource source, string fileName, CancellationToken cancellationToken) =>
        await source.FindAsync(fileName, cancellationToken).ConfigureAwait(false)
        ?? throw new TemplateException(fileName, 0, 0, "no such template file");
}
