using System.Text;
using System.Text.RegularExpressions;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Workflows.Tests.Orchestration;

/// <summary>
/// The Azure host (functions/MentorFlows.Functions, not built here) declares one <c>[Function(nameof(X))]</c> shim per
/// orchestrator and activity of the <see cref="WorkflowRegistry"/>, under the same name, running class X. Durable
/// finds an orchestrator or activity by that name only at run time, so a drift would surface in production; this reads
/// the shims' source and fails first.
/// </summary>
public sealed partial class AzureFunctionNamesTests
{
    private static readonly string FunctionsFolder = Path.Combine(RepositoryRoot(), "functions", "MentorFlows.Functions", "Functions");

    [Fact]
    public async Task OrchestratorShims_AreExactlyTheRegisteredOrchestrators()
    {
        var registry = await RegistryAsync();

        Assert.Equal(registry.Orchestrators.Keys.Order(StringComparer.Ordinal), Shims("Orchestrators").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ActivityShims_AreExactlyTheRegisteredActivities()
    {
        var registry = await RegistryAsync();

        Assert.Equal(registry.Activities.Keys.Order(StringComparer.Ordinal), Shims("Activities").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachShim_RunsTheClassItIsNamedFor()
    {
        foreach (var file in Directory.EnumerateFiles(FunctionsFolder, "*.cs", SearchOption.AllDirectories).Where(f => f.Contains("Orchestrators", StringComparison.Ordinal) || f.Contains("Activities", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var shim in ShimPattern().Matches(text).Cast<Match>())
            {
                var body = text[shim.Index..NextShimOrEnd(text, shim.Index + shim.Length)];
                Assert.True(
                    body.Contains($"<{shim.Groups["name"].Value}>", StringComparison.Ordinal) || body.Contains($"<{shim.Groups["name"].Value},", StringComparison.Ordinal),
                    $"{Path.GetFileName(file)}: the shim {shim.Groups["name"].Value} does not run class {shim.Groups["name"].Value}.");
            }
        }
    }

    private static IReadOnlyList<string> Shims(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(FunctionsFolder, folder), "*.cs").SelectMany(file => ShimPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))];

    private static int NextShimOrEnd(string text, int from)
    {
        var next = ShimPattern().Match(text, from);
        return next.Success ? next.Index : text.Length;
    }

    private static async Task<WorkflowRegistry> RegistryAsync()
    {
        var services = new ServiceCollection();
        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = SchemeDefaults.Settings,
            Templates = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, CancellationToken.None),
            ApiBase = new Uri("https://mentoring.invalid/api/"),
            LinkSigningKey = Encoding.UTF8.GetBytes(new string('k', 32)),
            PseudonymKey = Encoding.UTF8.GetBytes(new string('p', 32)),
        });
        return (WorkflowRegistry)services.Single(d => d.ServiceType == typeof(WorkflowRegistry)).ImplementationInstance!;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MentorFlows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MentorFlows.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\[Function\(nameof\((?<name>\w+)\)\)\]", RegexOptions.CultureInvariant)]
    private static partial Regex ShimPattern();
}
