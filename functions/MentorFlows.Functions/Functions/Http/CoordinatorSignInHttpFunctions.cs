using MentorFlows.Api;
using MentorFlows.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Functions.Functions.Http;

/// <summary>
/// Coordinator sign-in and sign-out for browsers (<see cref="CoordinatorSignInEndpoints"/>): anonymous at the Functions
/// level, since they are how a coordinator gets the session cookie; the key is checked by the handler.
/// </summary>
public static class CoordinatorSignInHttpFunctions
{
    [Function("CoordinatorSignInForm")]
    public static Task<IResult> CoordinatorSignInForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CoordinatorSignIn)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.OpenAsync(request, client, http => Task.FromResult(CoordinatorSignInEndpoints.Show(http)));

    [Function("CoordinatorSignIn")]
    public static Task<IResult> CoordinatorSignIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CoordinatorSignIn)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.OpenAsync(request, client, http => CoordinatorSignInEndpoints.SignInAsync(http, http.Service<CoordinatorKey>(), http.Service<CoordinatorSession>(), http.Service<ILoggerFactory>(), cancellationToken));

    [Function("CoordinatorSignOut")]
    public static Task<IResult> CoordinatorSignOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CoordinatorSignOut)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.OpenAsync(request, client, http => Task.FromResult(CoordinatorSignInEndpoints.SignOut(http)));
}
