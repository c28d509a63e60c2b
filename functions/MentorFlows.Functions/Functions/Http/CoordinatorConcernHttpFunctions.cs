using MentorFlows.Api;
using MentorFlows.Api.Concerns;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Functions.Functions.Http;

/// <summary>The coordinator's concern routes: the list, one concern with its text, the decision. Access as in <see cref="CoordinatorHttpFunctions"/>.</summary>
public static class CoordinatorConcernHttpFunctions
{
    [Function("ListConcerns")]
    public static Task<IResult> ListConcerns(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Concerns)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => CoordinatorConcernEndpoints.ListAsync(http.Query("status"), http, http.Service<IConcernStore>(), cancellationToken));

    [Function("GetConcern")]
    public static Task<IResult> GetConcern(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Concern)] HttpRequest request, string reference, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => CoordinatorConcernEndpoints.GetAsync(reference, http, http.Service<IConcernStore>(), cancellationToken));

    [Function("DecideConcern")]
    public static Task<IResult> DecideConcern(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.ConcernDecision)] HttpRequest request, string reference, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => CoordinatorConcernEndpoints.DecideAsync(reference, http, http.Service<SchemeCommands>(), http.Service<IConcernStore>(), http.Service<ILoggerFactory>(), cancellationToken));
}
