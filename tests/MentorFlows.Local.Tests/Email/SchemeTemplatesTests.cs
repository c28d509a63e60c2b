using MentorFlows.Local.Cli;
using MentorFlows.Local.Email;
using MentorFlows.Local.Outbox;
using MentorFlows.Local.Tests.Cli;
using MentorFlows.Workflows.Email.Templates;

namespace MentorFlows.Local.Tests.Email;

public sealed class SchemeTemplatesTests
{
    private const string SchemeWithTemplates = """{ "templatesFolder": "my-templates" }""";

    [Fact]
    public async Task Simulate_SchemeTemplatesFolder_ItsFilesOverrideTheBuiltInOnes()
    {
        using var folder = new TemporaryDirectory();
        var builtIn = await EmbeddedTemplateSource.Instance.FindAsync("intro.txt", CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(folder.Path, "my-templates"));
        folder.File("my-templates/intro.txt", builtIn!.Replace("Subject: Hello from", "Subject: A warm welcome from", StringComparison.Ordinal));
        var scheme = folder.File("scheme.json", SchemeWithTemplates);
        var output = Path.Combine(folder.Path, "run");

        var run = await CliRun.RunAsync("simulate", RepositoryFiles.PathOf("samples/cohort.csv"), "--scheme", scheme, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var intros = OutboxFile.ReadAll(Path.Combine(output, "outbox.jsonl")).Where(e => e.Kind == "intro").ToList();
        Assert.NotEmpty(intros);
        Assert.All(intros, e => Assert.StartsWith("A warm welcome from ", e.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_TemplateWithUnknownPlaceholder_ExitsTwoNamingTheFile()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(folder.Path, "my-templates"));
        folder.File("my-templates/nudge.txt", "Subject: Hi {{mentor.shoeSize}}\n\nBody\n");
        var scheme = folder.File("scheme.json", SchemeWithTemplates);

        var run = await CliRun.RunAsync("simulate", RepositoryFiles.PathOf("samples/cohort.csv"), "--scheme", scheme, "--out", Path.Combine(folder.Path, "run"));

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.Error);
        Assert.Contains("nudge", error, StringComparison.Ordinal);
        Assert.Contains("mentor.shoeSize", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFolder_NamesTheSchemeKey()
    {
        using var folder = new TemporaryDirectory();
        var scheme = SchemeFile.Load(new FileInfo(folder.File("scheme.json", SchemeWithTemplates)));

        var error = await Assert.ThrowsAsync<CliInputException>(() => SchemeTemplates.LoadAsync(scheme, CancellationToken.None));

        Assert.Contains("\"templatesFolder\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemeFileLoad_RelativeTemplatesFolder_IsReadFromBesideTheSchemeFile()
    {
        using var folder = new TemporaryDirectory();

        var scheme = SchemeFile.Load(new FileInfo(folder.File("scheme.json", SchemeWithTemplates)));

        Assert.Equal(Path.Combine(folder.Path, "my-templates"), scheme.TemplatesFolder);
    }

    [Fact]
    public async Task FindAsync_NameWithAPath_IsNotRead()
    {
        using var folder = new TemporaryDirectory();
        folder.File("secret.txt", "not a template");
        var source = new FolderTemplateSource(Path.Combine(folder.Path, "templates"));

        Assert.Null(await source.FindAsync("../secret.txt", CancellationToken.None));
    }
}
