namespace MentorFlows.Workflows.Email.Templates;

/// <summary>
/// The built-in templates: the files of <c>Email/TemplateFiles</c>, embedded in this assembly under
/// <see cref="ResourcePrefix"/> + file name. Copy them to a scheme's templates folder to edit them.
/// </summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    public const string ResourcePrefix = "MentorFlows.EmailTemplates.";

    public static EmbeddedTemplateSource Instance { get; } = new();

    /// <summary>The file names of every built-in template.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [.. typeof(EmbeddedTemplateSource).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];

    public async Task<string?> FindAsync(string fileName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        await using var stream = typeof(EmbeddedTemplateSource).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
