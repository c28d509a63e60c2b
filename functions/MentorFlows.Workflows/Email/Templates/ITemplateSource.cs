namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// Where email template files come from, by file name (<c>intro.html</c>, <c>intro.txt</c>...). The built-in set is
/// <see cref="EmbeddedTemplateSource"/>; a scheme's folder (<c>SchemeSettings.TemplatesFolder</c>) is read by the
/// host's adapter, since reading files is I/O, and layered over it with <see cref="LayeredTemplateSource"/>.
/// </summary>
public interface ITemplateSource
{
    /// <summary>The template's text, or null when this source does not have it.</summary>
    Task<string?> FindAsync(string fileName, CancellationToken cancellationToken);
}
