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
/// <see cref="Workflows.Commands.SchemeCommands"/>; coordinator reads go to the store ports. Coordinators in a browser
/// sign in (<see cref="CoordinatorSignInEndpoints"/>) and get HTML views of the routes emails link to. The OpenAPI document is
/// <c>/api/openapi/v1.json</c>.
/// </summary>
public static class ApiEndpoints
{
    public const string OpenApiPattern = "/api/openapi/{documentName}.json";

    /// <summary>The tag of the sign-in routes: open to anyone, as the participant routes are.</summary>
    public const string CoordinatorSignInTag = "Coordinator sign-in";

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

        var signIn = api.MapGroup(string.Empty)
            .RequireRateLimiting(ApiRateLimits.CoordinatorPolicy)
            .WithTags(CoordinatorSignInTag);
        CoordinatorSignInEndpoints.Map(signIn);

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
        Surveys.SurveyCommentEndpoints.Map(coordinator);

        app.MapOpenApi(OpenApiPattern);
        return app;
    }
}
