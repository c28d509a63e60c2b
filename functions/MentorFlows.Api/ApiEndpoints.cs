using MentorFlows.Api.CheckIns;
using MentorFlows.Api.Cohorts;
using MentorFlows.Api.Concerns;
using MentorFlows.Api.Coordinator;
using MentorFlows.Api.Mentors;
using MentorFlows.Api.OptOut;
using MentorFlows.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Api;

/// <summary>
/// The HTTP API's routes, all under <c>/api</c>: participant routes (signed links from emails, rate limited per
/// address) and coordinator routes (the coordinator key, rate limited separately). Every write goes through
/// <see cref="Workflows.Commands.SchemeCommands"/>; coordinator reads go to the store ports. The OpenAPI document is
/// <c>/api/openapi/v1.json</c>.
/// </summary>
public static class ApiEndpoints
{
    public const string OpenApiPattern = "/api/openapi/{documentName}.json";

    public static WebApplication MapMentorFlowsApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.Services.GetRequiredService<ApiLimits>();
        var api = app.MapGroup("/api");

        var participant = api.MapGroup(string.Empty)
            .RequireRateLimiting(ApiRateLimits.ParticipantPolicy)
            .WithTags("Participant links");
        OptOutEndpoints.MapParticipant(participant);
        ConcernReportEndpoints.Map(participant);
        CheckInEndpoints.Map(participant);
        Surveys.SurveyEndpoints.Map(participant);

        var coordinator = api.MapGroup(string.Empty)
            .AddEndpointFilter<CoordinatorKeyFilter>()
            .RequireRateLimiting(ApiRateLimits.CoordinatorPolicy)
            .WithTags("Coordinator")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        CohortEndpoints.Map(coordinator, limits);
        OptOutEndpoints.MapCoordinator(coordinator);
        CoordinatorConcernEndpoints.Map(coordinator);
        MentorEndpoints.Map(coordinator);
        UnmatchedEndpoints.Map(coordinator);
        SchemeHealthEndpoints.Map(coordinator);

        app.MapOpenApi(OpenApiPattern);
        return app;
    }
}
