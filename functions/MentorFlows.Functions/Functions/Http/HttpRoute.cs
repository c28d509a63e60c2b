using MentorFlows.Api;
using MentorFlows.Api.Http;
using MentorFlows.Api.Security;
using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions.Functions.Http;

/// <summary>
/// What the local host's pipeline does around a route and Azure Functions does not: bind the Durable client, cap the
/// request body (Kestrel's limit in <c>serve</c>), and run the route's access check, the same code as the local
/// host's endpoint filters (<see cref="SignedLinkFilter.Verify"/>, <see cref="CoordinatorKeyFilter.Check"/>). Then the
/// handler, the very method the local host maps, answers; its <see cref="IResult"/> is what the trigger returns.
/// </summary>
internal static class HttpRoute
{
    public static async Task<IResult> ParticipantAsync(HttpRequest request, DurableTaskClient client, LinkPurpose purpose, Func<HttpContext, Task<IResult>> handler)
    {
        var http = Prepare(request, client, cohortUpload: false);
        return TooLarge(http) ?? SignedLinkFilter.Verify(http, purpose) ?? await handler(http).ConfigureAwait(false);
    }

    public static async Task<IResult> CoordinatorAsync(HttpRequest request, DurableTaskClient client, Func<HttpContext, Task<IResult>> handler, bool cohortUpload = false)
    {
        var http = Prepare(request, client, cohortUpload);
        return CoordinatorKeyFilter.Check(http) ?? TooLarge(http) ?? await handler(http).ConfigureAwait(false);
    }

    /// <summary>A route open to anyone (coordinator sign-in): only the body cap.</summary>
    public static async Task<IResult> OpenAsync(HttpRequest request, DurableTaskClient client, Func<HttpContext, Task<IResult>> handler)
    {
        var http = Prepare(request, client, cohortUpload: false);
        return TooLarge(http) ?? await handler(http).ConfigureAwait(false);
    }

    public static T Service<T>(this HttpContext http)
        where T : notnull => http.RequestServices.GetRequiredService<T>();

    /// <summary>A query value given exactly once, else null (the handlers then answer as for a missing value).</summary>
    public static string? Query(this HttpContext http, string name) => http.Request.Query[name] is { Count: 1 } values ? values[0] : null;

    private static HttpContext Prepare(HttpRequest request, DurableTaskClient client, bool cohortUpload)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        http.Service<BoundDurableClient>().Bind(client);
        var limits = http.Service<ApiLimits>();
        var limit = cohortUpload ? limits.MaxCohortFileBytes : limits.MaxRequestBodyBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        http.Items[typeof(HttpRoute)] = limit;
        return http;
    }

    /// <summary>A declared body over the route's limit: 413 problem+json before anything is read, as in <c>serve</c>.</summary>
    private static IResult? TooLarge(HttpContext http) =>
        http.Request.ContentLength is { } length && http.Items[typeof(HttpRoute)] is long limit && length > limit
            ? ApiProblems.Body(StatusCodes.Status413PayloadTooLarge, "The request body is too large.")
            : null;
}
