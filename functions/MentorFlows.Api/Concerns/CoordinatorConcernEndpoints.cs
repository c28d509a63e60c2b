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
/// once: the same decision again changes nothing (200), a different one is refused (409).
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
            .Accepts<ConcernDecisionRequest>("application/json")
            .Produces<CommandResponse>(StatusCodes.Status202Accepted)
            .Produces<CommandResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> ListAsync(string? status, IConcernStore concerns, CancellationToken cancellationToken)
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
        return Results.Ok(chosen.Select(ConcernSummary.From).ToList());
    }

    internal static async Task<IResult> GetAsync(string reference, IConcernStore concerns, CancellationToken cancellationToken)
    {
        if (!ConcernReference.TryParse(reference, out var parsed))
        {
            return ReferenceProblem();
        }

        return await concerns.GetAsync(parsed!, cancellationToken) is { } concern
            ? Results.Ok(ConcernDetail.From(concern, await concerns.ReadTextAsync(parsed!, cancellationToken)))
            : ApiProblems.NotFound("No concern has this reference.");
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
        return CommandResults.For(outcome, "reference", "No open concern has this reference.", "This concern cannot be decided.");
    }

    private static IResult ReferenceProblem() => ApiProblems.Field("reference", "must be a concern reference such as MF-2025-000001");
}
