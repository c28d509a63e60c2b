using MentorFlows.Api;
using MentorFlows.Api.CheckIns;
using MentorFlows.Api.Concerns;
using MentorFlows.Api.OptOut;
using MentorFlows.Api.Surveys;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Functions.Functions.Http;

/// <summary>
/// The participant routes (links in scheme emails), anonymous at the Functions level: the signed link in the query is
/// what admits a request (<see cref="HttpRoute.ParticipantAsync"/>). Same paths, bodies and answers as <c>serve</c>:
/// each handler is the MentorFlows.Api method the local host maps.
/// </summary>
public static class ParticipantHttpFunctions
{
    [Function("OptOutPage")]
    public static Task<IResult> OptOutPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OptOut)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.OptOut, http => OptOutEndpoints.ConfirmAsync(http, http.Service<IParticipantStore>(), cancellationToken));

    [Function("OptOut")]
    public static Task<IResult> OptOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.OptOut)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.OptOut, http => OptOutEndpoints.LeaveAsync(http, http.Service<SchemeCommands>(), cancellationToken));

    [Function("ConcernForm")]
    public static Task<IResult> ConcernForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ConcernReport)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.Concern, http => ConcernReportEndpoints.FormAsync(http, http.Service<IParticipantStore>(), http.Service<IMatchStore>(), cancellationToken));

    [Function("ReportConcern")]
    public static Task<IResult> ReportConcern(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ConcernReport)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.Concern, http => ConcernReportEndpoints.ReportAsync(http, http.Service<SchemeCommands>(), http.Service<IParticipantStore>(), http.Service<ILoggerFactory>(), cancellationToken));

    [Function("CheckInForm")]
    public static Task<IResult> CheckInForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CheckIn)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.CheckInResponse, http => CheckInEndpoints.FormAsync(http.Query("met"), http, http.Service<SchemeCalendar>(), http.Service<IParticipantStore>(), cancellationToken));

    [Function("AnswerCheckIn")]
    public static Task<IResult> AnswerCheckIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CheckIn)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.CheckInResponse, http => CheckInEndpoints.AnswerAsync(http, http.Service<SchemeCommands>(), http.Service<SchemeCalendar>(), cancellationToken));

    [Function("SurveyForm")]
    public static Task<IResult> SurveyForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Survey)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.Survey, http => SurveyEndpoints.FormAsync(http, http.Service<IParticipantStore>(), cancellationToken));

    [Function("AnswerSurvey")]
    public static Task<IResult> AnswerSurvey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Survey)] HttpRequest request, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        HttpRoute.ParticipantAsync(request, client, LinkPurpose.Survey, http => SurveyEndpoints.AnswerAsync(http, http.Service<SchemeCommands>(), cancellationToken));
}
