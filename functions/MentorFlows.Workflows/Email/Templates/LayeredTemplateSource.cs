namespace MentorFlows.Workflows.Email.Templates;

/// <summary>A scheme's own templates over the built-in ones: each file comes from the first source that has it.</summary>
public sealed class LayeredTemplateSource : ITemplateSource
{
    private readonly IReadOnlyList<ITemplateSource> _sources;

    /// <param name="sources">Highest priority first, e.g. the scheme's folder, then <see cref="EmbeddedTemplateSource"/>.</param>
    public LayeredTemplateSource(params IReadOnlyList<ITemplateSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = sources;
    }

    public async Task<string?> FindAsync(string fileName, CancellationToken cancellationToken)
    {
        foreach (var source in _sources)
        {
            var text = await source.FindAsync(fileName, cancellationToken).ConfigureAwait(false);
            if (text is not null)
            {
                return text;
            }
        }

        return null;
    }
}
