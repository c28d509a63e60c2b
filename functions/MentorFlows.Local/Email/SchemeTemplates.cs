using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cli;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Local.Email;

/// <summary>
/// The email templates a scheme uses: its <c>templatesFolder</c> (if it names one) over the built-in set, loaded and
/// checked once at start-up (parsed, then every email composed once by <see cref="EmailTemplatePreflight"/>) so a
/// broken template stops the host with the file, line and column instead of failing on the day its email is due.
/// </summary>
public static class SchemeTemplates
{
    /// <exception cref="CliInputException">The folder is missing, or a template in it is invalid (the message names the file).</exception>
    public static async Task<EmailTemplateSet> LoadAsync(SchemeSettings scheme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.TemplatesFolder is not { } folder)
        {
            return await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, cancellationToken);
        }

        if (!Directory.Exists(folder))
        {
            throw new CliInputException($"scheme key \"templatesFolder\": the folder {folder} does not exist");
        }

        try
        {
            var templates = await EmailTemplateSet.LoadAsync(new LayeredTemplateSource(new FolderTemplateSource(folder), EmbeddedTemplateSource.Instance), cancellationToken);
            EmailTemplatePreflight.Check(templates, new SchemeCalendar(scheme));
            return templates;
        }
        catch (TemplateException ex)
        {
            throw new CliInputException($"email templates in {folder}: {ex.Message}", ex);
        }
    }
}
