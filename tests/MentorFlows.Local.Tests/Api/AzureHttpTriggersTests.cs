using System.Text.RegularExpressions;
using MentorFlows.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// The Azure host (functions/MentorFlows.Functions, not built here) declares one HTTP trigger per route of the API, with
/// the same method, the same path (<see cref="ApiRoutes"/>, under <c>api/</c> on both hosts), the same name, and the
/// access level that matches the route's kind: participant routes anonymous (the signed link admits them), coordinator
/// routes behind a function key, coordinator sign-in anonymous (it is how a browser gets in). This reads the triggers' source and compares it with the routes <c>serve</c> maps.
/// </summary>
public sealed partial class AzureHttpTriggersTests
{
    [Fact]
    public async Task EveryApiRoute_HasAnAzureTriggerWithTheSameNameMethodPathAndAccess()
    {
        await using var host = await ApiHost.StartAsync();
        var served = host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null && e.Metadata.GetMetadata<ITagsMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(method =>
                $"{e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName} {method} {e.RoutePattern.RawText!.Trim('/')} {Access(e.Metadata.GetMetadata<ITagsMetadata>()!.Tags)}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var triggers = Directory.EnumerateFiles(RepositoryFiles.PathOf("functions/MentorFlows.Functions/Functions/Http"), "*.cs")
            .SelectMany(file => TriggerPattern().Matches(File.ReadAllText(file)))
            .Select(m => $"{m.Groups["name"].Value} {m.Groups["method"].Value.ToUpperInvariant()} api/{Route(m.Groups["route"].Value)} {m.Groups["level"].Value}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(23, served.Count);
        Assert.Equal(served, triggers);
    }

    private static string Access(IReadOnlyList<string> tags) =>
        tags.Contains("Coordinator") ? "Function" : tags.Contains("Participant links") || tags.Contains(ApiEndpoints.CoordinatorSignInTag) ? "Anonymous" : "unknown";

    private static string Route(string constant) =>
        (string)(typeof(ApiRoutes).GetField(constant)?.GetRawConstantValue() ?? throw new InvalidOperationException($"ApiRoutes has no {constant}."));

    [GeneratedRegex(@"\[Function\(""(?<name>\w+)""\)\]\s*public static Task<IResult> \w+\(\s*\[HttpTrigger\(AuthorizationLevel\.(?<level>\w+), ""(?<method>\w+)"", Route = ApiRoutes\.(?<route>\w+)\)\]", RegexOptions.CultureInvariant)]
    private static partial Regex TriggerPattern();
}
