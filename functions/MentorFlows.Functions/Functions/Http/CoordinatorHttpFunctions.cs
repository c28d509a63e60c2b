using MentorFlows.Api;
using MentorFlows.Api.Cohorts;
using MentorFlows.Api.Coordinator;
using MentorFlows.Api.Mentors;
using MentorFlows.Api.OptOut;
using MentorFlows.Api.Surveys;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Functions.Functions.Http;

/// <summary>
/// The coordinator routes: a function key at the Functions level and, as in <c>serve</c>, the coordinator key header
/// (<see cref="HttpRoute.CoordinatorAsync"/>). Cohort upload, opt-out by id, mentors cleared or resigned, the waiting
/// list and the scheme's health; concerns are in <see cref="CoordinatorConcernHttpFunctions"/>.
/// </summary>
public static class CoordinatorHttpFunctions
{
    [Function("UploadCohort")]
    public static Task<IResult> UploadCohort(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Cohort)] HttpRequest request, string name, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(
            request,
            client,
            http => CohortEndpoints.UploadAsync(name, http, http.Service<SchemeCommands>(), http.Service<SchemeYear>(), http.Service<ApiLimits>(), http.Service<ILoggerFactory>(), cancellationToken),
            cohortUpload: true);

    [Function("ListCohortUploads")]
    public static Task<IResult> ListCohortUploads(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.CohortUploads)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => CohortEndpoints.ListAsync(http.Service<ICohortUploadStore>(), cancellationToken));

    [Function("GetCohortUpload")]
    public static Task<IResult> GetCohortUpload(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.CohortUpload)] HttpRequest request, string uploadId, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => CohortEndpoints.GetAsync(uploadId, http.Service<ICohortUploadStore>(), cancellationToken));

    [Function("CoordinatorOptOut")]
    public static Task<IResult> CoordinatorOptOut(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.CoordinatorOptOuts)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => OptOutEndpoints.CoordinatorLeaveAsync(http, http.Service<SchemeCommands>(), http.Service<IParticipantStore>(), cancellationToken));

    [Function("MentorCleared")]
    public static Task<IResult> MentorCleared(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.MentorCleared)] HttpRequest request, string studentId, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => MentorEndpoints.ClearedAsync(studentId, http.Service<SchemeCommands>(), cancellationToken));

    [Function("MentorResigned")]
    public static Task<IResult> MentorResigned(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.MentorResigned)] HttpRequest request, string studentId, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => MentorEndpoints.ResignedAsync(studentId, http.Service<SchemeCommands>(), cancellationToken));

    [Function("ListUnmatched")]
    public static Task<IResult> ListUnmatched(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Unmatched)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => UnmatchedEndpoints.ListAsync(http, http.Service<IMatchStore>(), http.Service<IParticipantStore>(), cancellationToken));

    [Function("SchemeHealth")]
    public static Task<IResult> SchemeHealth(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.SchemeHealth)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => SchemeHealthEndpoints.ReadAsync(http, http.Service<SchemeHealthReader>(), cancellationToken));

    [Function("ListSurveyComments")]
    public static Task<IResult> ListSurveyComments(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.SurveyComments)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.CoordinatorAsync(request, client, http => SurveyCommentEndpoints.ListAsync(http.Query("point"), http, http.Service<ISurveyStore>(), cancellationToken));
}
