namespace MentorFlows.Domain.Tests;

/// <summary>Files of the repository (samples/...), found by walking up from the test binaries to MentorFlows.sln.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MentorFlows.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new InvalidOperationException("MentorFlows.sln not found above " + AppContext.BaseDirectory);
    }
}
