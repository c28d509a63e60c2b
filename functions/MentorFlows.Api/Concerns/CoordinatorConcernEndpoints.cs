using MentorFlows.Domain;
using MentorFlows.Domain.Concerns;
using MentorFlows.Api.Http;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Concerns;

/// <summary>
/// The coordinator's concerns (<see cref="SchemeLinks.CoordinatorConcernRoute"/>): the list (open by default), one
/// concern with its text, and the decision (<see cref="SchemeCommands.DecideConcernAsync"/>). A concern is decided
/// once: the same decision again changes nothing (200), a different one is refused (409). A browser (Accept
/// text/html, <see cref="BrowserRequest"/>) gets the list and the concern as pages, the concern with a decision form
/// that posts here as a form and is sent back (303) to the concern's page.
/// </summary>
internal static class CoordinatorConcernEndpoints
{
    private static readonly string[] StatusFilters = ["open", "decided", "all"];

    public static void Map(RouteGroupBuilder coordinator)
    {
        coordinator.MapGet("/" + ApiRoutes.Concerns, ListAsync)
            .WithName("ListConcerns")
            .WithSummary("Concerns without their text; ?status=open (default), decided or all.")
            .Produces<IReadOnlyList<ConcernSummary>>()
            .ProducesValidationProblem();
        coordinator.MapGet("/" + ApiRoutes.Concern, GetAsync)
            .WithName("GetConcern")
            .WithSummary("One concern with its confidential text.")
            .Produces<ConcernDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        coordinator.MapPost("/" + ApiRoutes.ConcernDecision, DecideAsync)
            .WithName("DecideConcern")
            .WithSummary("Decide a concern; its workflow applies the outcome.")
            .Accepts<ConcernDecisionRequest>("application/json", "application/x-www-form-urlencoded")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .Produces<CommandResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> ListAsync(string? status, HttpContext http, IConcernStore concerns, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrEmpty(status) ? "open" : status;
        if (!StatusFilters.Contains(filter, StringComparer.Ordinal))
        {
            return ApiProblems.Field("status", $"must be one of: {string.Join(", ", StatusFilters)}");
        }

        var all = await concerns.ListAsync(cancellationToken);
        var chosen = filter switch
        {
            "open" => all.Where(c => c.Status == ConcernStatus.Open),
            "decided" => all.Where(c => c.Status == ConcernStatus.Decided),
            _ => all,
        };
        var list = chosen.Select(ConcernSummary.From).ToList();
        return BrowserRequest.WantsHtml(http)
            ? CoordinatorPage.Render(http, $"Concerns: {filter}", ConcernViews.List(list, filter, ConcernsPath(http)))
            : Results.Ok(list);
    }

    internal static async Task<IResult> GetAsync(string reference, HttpContext http, IConcernStore concerns, CancellationToken cancellationToken)
    {
        if (!ConcernReference.TryParse(reference, out var parsed))
        {
            return ReferenceProblem();
        }

        if (await concerns.GetAsync(parsed!, cancellationToken) is not { } concern)
        {
            return BrowserRequest.WantsHtml(http)
                ? CoordinatorPage.Render(http, "Concern not found", HtmlPage.Paragraph("No concern has this reference."), StatusCodes.Status404NotFound)
                : ApiProblems.NotFound("No concern has this reference.");
        }

        var detail = ConcernDetail.From(concern, await concerns.ReadTextAsync(parsed!, cancellationToken));
        return BrowserRequest.WantsHtml(http)
            ? CoordinatorPage.Render(http, $"Concern {parsed!.Value}", ConcernViews.Detail(detail, $"{ConcernsPath(http)}/{parsed!.Value}/decision"))
            : Results.Ok(detail);
    }

    internal static async Task<IResult> DecideAsync(string reference, HttpContext http, SchemeCommands commands, IConcernStore concerns, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!ConcernReference.TryParse(reference, out var parsed))
        {
            return ReferenceProblem();
        }

        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var reader = new FieldReader(fields!);
        if (ConcernDecisionRequest.Read(reader) is not { } request)
        {
            return ApiProblems.Fields(reader.Errors);
        }

        var concern = await concerns.GetAsync(parsed!, cancellationToken);
        if (concern is { Status: ConcernStatus.Decided, Outcome: { } decided } && decided != request.Outcome)
        {
            return ApiProblems.Conflict("outcome", $"This concern was decided already ({WireName.Of(decided)}); a decision is final.");
        }

        var outcome = await commands.DecideConcernAsync(parsed!, request.Outcome, cancellationToken);
        ApiLog.ConcernDecided(loggers.CreateLogger(typeof(CoordinatorConcernEndpoints).FullName!), parsed!.Value, request.Outcome, outcome);
        if (fields!.IsForm && BrowserRequest.WantsHtml(http))
        {
            return outcome is CommandOutcome.Accepted or CommandOutcome.AlreadyDone
                ? SeeOther(http, $"{ConcernsPath(http)}/{parsed.Value}")
                : CoordinatorPage.Render(http, "Decision not recorded", HtmlPage.Paragraph(outcome == CommandOutcome.NotFound ? "No open concern has this reference." : "This concern cannot be decided."), StatusCodes.Status409Conflict);
        }

        return CommandResults.For(outcome, "reference", "No open concern has this reference.", "This concern cannot be decided.");
    }

    /// <summary>303 See Other to the concern's page: the browser reloads it with a GET and shows the decision.</summary>
    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static string ConcernsPath(HttpContext http) => $"{http.Request.PathBase}/api/{ApiRoutes.Concerns}";

    private static IResult ReferenceProblem() => ApiProblems.Field("reference", "must be a concern reference such as MF-2025-000001");
}
