using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Local.Email;

/// <summary>
/// A scheme's own email templates (<c>templatesFolder</c> in the scheme file): <c>{kind}.html</c> and
/// <c>{kind}.txt</c> files, each overriding the built-in file of the same name. A file the folder lacks falls through
/// to the built-in set (see <see cref="SchemeTemplates"/>).
/// </summary>
public sealed class FolderTemplateSource : ITemplateSource
{
    private readonly string _folder;

    public FolderTemplateSource(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
    }

    public async Task<string?> FindAsync(string fileName, CancellationToken cancellationToken)
    {
        // Template names are fixed file names; anything with a path in it is not ours to read.
        if (fileName != Path.GetFileName(fileName))
        {
            return null;
        }

        var path = Path.Combine(_folder, fileName);
        return File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
    }
}
