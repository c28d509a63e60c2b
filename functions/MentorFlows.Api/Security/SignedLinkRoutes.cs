using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.Security;

/// <summary>
/// The two endpoints every participant link has: a GET page that changes nothing (mail scanners follow links) and a
/// POST that acts, both behind <see cref="SignedLinkFilter"/> for the link's purpose (403 otherwise). Each route adds
/// its own bodies and answers to the builder returned.
/// </summary>
internal static class SignedLinkRoutes
{
    public static RouteHandlerBuilder MapLinkPage(this RouteGroupBuilder group, string route, LinkPurpose purpose, Delegate handler, string name, string summary) =>
        group.MapGet("/" + route, handler)
            .AddEndpointFilter(new SignedLinkFilter(purpose))
            .WithName(name)
            .WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder MapLinkAction(this RouteGroupBuilder group, string route, LinkPurpose purpose, Delegate handler, string name, string summary) =>
        group.MapPost("/" + route, handler)
            .AddEndpointFilter(new SignedLinkFilter(purpose))
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
