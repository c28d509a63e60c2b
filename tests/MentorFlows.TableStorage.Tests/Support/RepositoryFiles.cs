namespace MentorFlows.TableStorage.Tests.Support;

/// <summary>Files of the repository (samples/...), found by walking up from the test binaries to MentorFlows.sln.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MentorFlows.sln")))
            {
                return System.IO.Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("MentorFlows.sln not found above " + AppContext.BaseDirectory);
    }
}
