namespace MentorFlows.Local.Cli;

/// <summary>Opens a file a verb reads, turning every way that can fail into one clear <see cref="CliInputException"/>.</summary>
public static class InputFile
{
    /// <param name="file">The file as the user named it (messages show that path).</param>
    /// <param name="what">What the file is, for messages: "cohort file", "scheme file".</param>
    public static FileStream OpenRead(FileInfo file, string what)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Directory.Exists(file.FullName))
        {
            throw new CliInputException($"{what} {file} is a folder, not a file");
        }

        if (!file.Exists)
        {
            throw new CliInputException($"{what} {file} not found");
        }

        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliInputException($"cannot read {what} {file}: permission denied", ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"cannot read {what} {file}: {ex.Message}", ex);
        }
    }
}
