using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.Coordinator;

/// <summary><c>GET /api/coordinator</c> (<see cref="SchemeLinks.CoordinatorRoute"/>): the scheme's health at a glance; a page for a browser.</summary>
internal static class SchemeHealthEndpoints
{
    public static void Map(RouteGroupBuilder coordinator)
    {
        coordinator.MapGet("/" + ApiRoutes.SchemeHealth, ReadAsync)
            .WithName("SchemeHealth")
            .WithSummary("Counts: participants, matches, waiting mentees, concerns, emails by kind, engagement by month.")
            .Produces<SchemeHealth>();
    }

    internal static async Task<IResult> ReadAsync(HttpContext http, SchemeHealthReader health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(health);
        var read = await health.ReadAsync(cancellationToken);
        return Http.BrowserRequest.WantsHtml(http) ? Http.CoordinatorPage.Render(http, "Scheme health", CoordinatorViews.Health(read)) : Results.Ok(read);
    }
}
