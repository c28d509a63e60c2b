using MentorFlows.Domain.Scheme;

namespace MentorFlows.Local.Cli;

/// <summary>"Load the scheme or exit 2": the <c>--scheme</c> file every verb takes, or the built-in defaults.</summary>
public static class SchemeFile
{
    /// <param name="file">The <c>--scheme</c> value; null means <see cref="SchemeDefaults.Settings"/>.</param>
    /// <exception cref="CliInputException">The file is missing, unreadable or not a valid scheme (the message names the key).</exception>
    public static SchemeSettings Load(FileInfo? file)
    {
        if (file is null)
        {
            return SchemeDefaults.Settings;
        }

        using var stream = InputFile.OpenRead(file, "scheme file");
        try
        {
            var scheme = SchemeSettingsReader.Read(stream);

            // A relative templates folder is read from beside the scheme file, wherever the command runs.
            return scheme.TemplatesFolder is { } folder && !Path.IsPathRooted(folder)
                ? scheme with { TemplatesFolder = Path.GetFullPath(folder, file.DirectoryName ?? Directory.GetCurrentDirectory()) }
                : scheme;
        }
        catch (SchemeSettingsException ex)
        {
            throw new CliInputException($"scheme file {file}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"cannot read scheme file {file}: {ex.Message}", ex);
        }
    }
}
